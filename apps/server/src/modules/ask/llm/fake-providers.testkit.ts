import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A local HTTP server speaking the OpenAI chat-completions and Anthropic messages APIs, for the
 * adapters' tests (the official SDKs talk to it through baseURL): tool calls, text, errors, hangs.
 */

export interface Reply {
  status?: number;
  body?: unknown;
  /** Never answer (the client's timeout must end the call). */
  hang?: boolean;
}
export interface RecordedCall {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export async function startFakeProvider() {
  const calls: RecordedCall[] = [];
  const replies: Reply[] = [];
  const server = createServer(async (req, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    calls.push({ path: req.url ?? '', headers: req.headers, body: text ? JSON.parse(text) : {} });
    const reply = replies.shift() ?? {
      status: 500,
      body: { error: { message: 'no reply queued', type: 'server_error' } },
    };
    if (reply.hang) return;
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    /** Queues the next answers, in order. */
    reply: (...next: Reply[]) => replies.push(...next),
    reset: () => {
      calls.length = 0;
      replies.length = 0;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const usage = { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 };

export const openAiToolCall = (name: string, args: unknown): Reply => ({
  body: {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1_764_900_000,
    model: 'gpt-test',
    choices: [
      {
        index: 0,
        finish_reason: 'tool_calls',
        message: {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'call_1', type: 'function', function: { name, arguments: JSON.stringify(args) } },
          ],
        },
      },
    ],
    usage,
  },
});

export const openAiText = (text: string): Reply => ({
  body: {
    id: 'chatcmpl-2',
    object: 'chat.completion',
    created: 1_764_900_000,
    model: 'gpt-test',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: text } }],
    usage,
  },
});

const message = (content: unknown[], stop: string): Reply => ({
  body: {
    id: 'msg_1',
    type: 'message',
    role: 'assistant',
    model: 'claude-test',
    content,
    stop_reason: stop,
    stop_sequence: null,
    usage: { input_tokens: 10, output_tokens: 10 },
  },
});

export const anthropicToolUse = (name: string, input: unknown) =>
  message([{ type: 'tool_use', id: 'toolu_1', name, input }], 'tool_use');
export const anthropicText = (text: string) => message([{ type: 'text', text }], 'end_turn');

export const serverError = (status = 500): Reply => ({
  status,
  body: { type: 'error', error: { type: 'api_error', message: 'upstream failed' } },
});
