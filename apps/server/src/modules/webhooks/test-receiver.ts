import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; created_at: string; company_id: string; data: Record<string, unknown> };
}

/**
 * A real HTTP receiver for webhook tests (node:http on 127.0.0.1, random port). `answer` picks
 * each response's status from the request count, so a test can fail then recover.
 */
export async function startReceiver(answer: (n: number, req: ReceivedRequest) => number = () => 200) {
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const request = { headers: req.headers, body, json: JSON.parse(body) };
      received.push(request);
      const status = answer(received.length, request);
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status >= 300 ? `receiver says ${status}` : 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
