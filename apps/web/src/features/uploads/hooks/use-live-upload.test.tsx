import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppEvent, Upload } from '@ayni/contracts';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { setApiBaseUrl } from '../../../lib/config';
import { tokenStorage } from '../../../lib/token-storage';
import { upload as makeUpload } from '../test/fixtures';
import { renderWithApp } from '../test/render';
import { useLiveUpload } from './use-live-upload';

const UPLOAD = makeUpload({ status: 'queued', progress: 0, lines_processed: 0, lines_total: null });

/** A throwaway API: `GET /api/v1/uploads/{id}` answers `current`; optionally a WebSocket. */
async function startApi({ socket }: { socket: boolean }) {
  const gets: number[] = [];
  let current: Upload = UPLOAD;
  const server: Server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', '*');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (req.method === 'GET' && req.url === `/api/v1/uploads/${UPLOAD.id}`) {
      gets.push(Date.now());
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ data: current, meta: {} }));
    }
    res.writeHead(404).end();
  });
  const wss = socket ? new WebSocketServer({ server, path: '/api/v1/ws' }) : null;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    gets,
    set: (next: Partial<Upload>) => {
      current = { ...current, ...next };
    },
    clients: () => wss?.clients.size ?? 0,
    emit: (event: AppEvent) => {
      for (const client of wss?.clients ?? []) client.send(JSON.stringify(event));
    },
    close: async () => {
      for (const client of wss?.clients ?? []) client.terminate();
      wss?.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function Probe() {
  const live = useLiveUpload(UPLOAD.company_id, UPLOAD.id);
  return (
    <p data-testid="probe">
      {live.upload ? `${live.upload.status} ${live.upload.progress}` : 'none'}{' '}
      {live.connected ? 'ws' : 'poll'}
    </p>
  );
}

const probe = () => screen.getByTestId('probe').textContent;
let api: Awaited<ReturnType<typeof startApi>> | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('useLiveUpload', () => {
  it('polls GET /uploads/{id} every second while the socket is not connected, and stops when finished', async () => {
    api = await startApi({ socket: false });
    setApiBaseUrl(api.url);
    tokenStorage.set('token');
    renderWithApp(<Probe />);

    await waitFor(() => expect(probe()).toBe('queued 0 poll'));
    api.set({ status: 'importing', progress: 55, lines_processed: 40, lines_total: 80 });
    await waitFor(() => expect(probe()).toBe('importing 55 poll'), { timeout: 2_500 });
    api.set({ status: 'completed', progress: 100, lines_processed: 80 });
    await waitFor(() => expect(probe()).toBe('completed 100 poll'), { timeout: 2_500 });

    const gaps = api.gets.slice(1).map((at, i) => at - (api?.gets[i] ?? at));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(900);
    const count = api.gets.length;
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(api.gets.length).toBe(count);
  }, 10_000);

  it('follows the WebSocket events instead of polling when the socket is open', async () => {
    api = await startApi({ socket: true });
    setApiBaseUrl(api.url);
    tokenStorage.set('token');
    renderWithApp(<Probe />);

    await waitFor(() => expect(probe()).toBe('queued 0 ws'));
    // Let the catch-up read made on connecting land first.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = api.gets.length;
    const event = {
      company_id: UPLOAD.company_id,
      upload_id: UPLOAD.id,
      lines_total: 80,
      rows: null,
      at: new Date().toISOString(),
    };
    api.emit({ ...event, type: 'upload.progress', status: 'importing', progress: 42, lines_processed: 30 });
    await waitFor(() => expect(probe()).toBe('importing 42 ws'));
    // Another upload's event changes nothing, and nothing is polled meanwhile.
    api.emit({
      ...event,
      type: 'upload.progress',
      upload_id: crypto.randomUUID(),
      status: 'aggregating',
      progress: 90,
      lines_processed: 80,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(probe()).toBe('importing 42 ws');
    expect(api.gets.length).toBe(before);

    // The finished event brings the full view from the API.
    api.set({ status: 'completed', progress: 100, lines_processed: 80 });
    api.emit({ ...event, type: 'upload.completed', status: 'completed', progress: 100, lines_processed: 80 });
    await waitFor(() => expect(probe()).toBe('completed 100 ws'));
    await waitFor(() => expect(api?.gets.length).toBe(before + 1));
  }, 10_000);
});
