import { inCompany, insertSaleLines, type SaleLineInput } from '@ayni/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { askedOn } from '../../../../test/ask-client';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../../test/helpers';
import { recomputeFeaturesAlone } from '../../analytics/recompute-features';
import { numbersIn, numbersMatch } from './answer-numbers';
import {
  anthropicText,
  anthropicToolUse,
  openAiText,
  openAiToolCall,
  serverError,
  startFakeProvider,
} from './fake-providers.testkit';
import { createLlmClient } from './llm-client';
import { QUERY_TOOL } from './llm-prompts';

const MARCH = {
  intent: 'value',
  metric: 'revenue',
  period: { grain: 'month', from: '2025-03-01', to: '2025-03-31' },
};

const line = (documentId: string, localTime: string, total: number): SaleLineInput => ({
  documentId,
  lineNo: 1,
  localTime,
  locationName: null,
  sku: 'CAF-1',
  productName: 'Café de grano',
  category: 'Almacén',
  customerId: null,
  unit: 'un',
  quantity: 1,
  unitPrice: total,
  total,
  isReturn: false,
});

describe('LLM adapters against a local server speaking each provider API', () => {
  let provider: Awaited<ReturnType<typeof startFakeProvider>>;
  beforeAll(async () => {
    provider = await startFakeProvider();
  });
  afterAll(() => provider.close());
  beforeEach(() => provider.reset());

  it('OpenAI: forces the tool call and returns its arguments; writes text', async () => {
    const client = createLlmClient({
      provider: 'openai',
      apiKey: 'sk-test',
      baseURL: `${provider.url}/v1`,
      model: 'gpt-test',
      timeoutMs: 2000,
    });
    provider.reply(openAiToolCall('run_query', MARCH), openAiText('Hola'));
    expect(await client.callTool('system', '¿Cuánto vendí en marzo?', QUERY_TOOL)).toEqual(MARCH);
    expect(await client.write('system', 'x')).toBe('Hola');
    const [call] = provider.calls;
    expect(call?.path).toBe('/v1/chat/completions');
    expect(call?.headers.authorization).toBe('Bearer sk-test');
    expect(call?.body).toMatchObject({
      model: 'gpt-test',
      tool_choice: { type: 'function', function: { name: 'run_query' } },
      tools: [{ type: 'function', function: { name: 'run_query' } }],
    });
  });

  it('Anthropic: forces the tool use and returns its input; writes text', async () => {
    const client = createLlmClient({
      provider: 'anthropic',
      apiKey: 'sk-ant',
      baseURL: provider.url,
      model: 'claude-test',
      timeoutMs: 2000,
    });
    provider.reply(anthropicToolUse('run_query', MARCH), anthropicText('Hola'));
    expect(await client.callTool('system', '¿Cuánto vendí en marzo?', QUERY_TOOL)).toEqual(MARCH);
    expect(await client.write('system', 'x')).toBe('Hola');
    const [call] = provider.calls;
    expect(call?.path).toBe('/v1/messages');
    // The key travels as x-api-key or as a Bearer token, depending on the SDK version.
    expect(call?.headers['x-api-key'] ?? call?.headers.authorization).toMatch(/sk-ant$/);
    expect(call?.body).toMatchObject({ system: 'system', tool_choice: { type: 'tool', name: 'run_query' } });
  });

  it('fails fast on provider errors and on a server that never answers (no retries)', async () => {
    for (const provider_ of ['openai', 'anthropic'] as const) {
      const baseURL = provider_ === 'openai' ? `${provider.url}/v1` : provider.url;
      const client = createLlmClient({
        provider: provider_,
        apiKey: 'k',
        baseURL,
        model: 'm',
        timeoutMs: 300,
      });
      provider.reply(serverError(500));
      await expect(client.callTool('s', 'q', QUERY_TOOL)).rejects.toThrow();
      provider.reply({ hang: true });
      const started = Date.now();
      await expect(client.write('s', 'q')).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(3000);
    }
  });
});

describe('numbers in a model answer', () => {
  it('reads es-CL and en figures', () => {
    expect(numbersIn('Vendiste $12.345.678 en marzo, 8,2 % más que en 2024.', 'es')).toEqual([
      12345678, 8.2, 2024,
    ]);
    expect(numbersIn('You sold $12,345,678.5, up 8.2%.', 'en')).toEqual([12345678.5, 8.2]);
  });

  it('accepts only the query figures (as displayed) and the named numbers', () => {
    const values = [
      {
        label: 'x',
        key: 'k',
        metric: 'revenue',
        value: 12345678.4,
        previous: 11000000,
        change_pct: 12.23,
        unit: 'CLP',
      },
    ];
    expect(numbersMatch('Vendiste $12.345.678, 12,2 % más ($11.000.000).', 'es', values, [])).toBe(true);
    expect(numbersMatch('Vendiste $12.345.679.', 'es', values, [])).toBe(false);
    expect(numbersMatch('Vendiste 12,3 millones.', 'es', values, [])).toBe(false);
  });
});

describe('POST /ask with a model', () => {
  let provider: Awaited<ReturnType<typeof startFakeProvider>>;
  let t: TestApp;
  let anthropicApp: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  const ask = (app: TestApp, question: string) =>
    app.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${owner.company.id}/ask`,
      headers: bearer(token),
      payload: { question },
    });

  beforeAll(async () => {
    provider = await startFakeProvider();
    t = await buildTestApp({
      startWorker: false,
      askNow: askedOn('2025-03-04'),
      askLlm: {
        provider: 'openai',
        apiKey: 'sk-test',
        baseURL: `${provider.url}/v1`,
        model: 'gpt-test',
        timeoutMs: 500,
      },
    });
    anthropicApp = await buildTestApp({
      db: t.db,
      startWorker: false,
      askNow: askedOn('2025-03-04'),
      askLlm: {
        provider: 'anthropic',
        apiKey: 'sk-ant',
        baseURL: provider.url,
        model: 'claude-test',
        timeoutMs: 500,
      },
    });
    owner = await createOwner(t.db, 'Modelo');
    await inCompany(t.db.db, owner.company.id, (tx) =>
      insertSaleLines(tx, owner.company.id, [
        line('1', '2025-03-03T10:00:00', 1000),
        line('2', '2025-03-04T11:00:00', 2500),
      ]),
    );
    await recomputeFeaturesAlone(t.db.pool, owner.company.id);
    token = await loginAs(t.app, owner.email, owner.password);
  }, 60_000);
  afterAll(async () => {
    await anthropicApp.app.close();
    await t.close();
    await provider.close();
  });
  beforeEach(() => provider.reset());

  it("runs the model's query and keeps its sentence when every number is in the result", async () => {
    provider.reply(openAiToolCall('run_query', MARCH), openAiText('En marzo de 2025 vendiste $3.500.'));
    const res = await ask(t, '¿Cuánto vendí en marzo?');
    expect(res.json().meta.parser).toBe('llm');
    expect(res.json().data).toMatchObject({
      answer: 'En marzo de 2025 vendiste $3.500.',
      values: [{ value: 3500 }],
    });
  });

  it('keeps the template when the model writes a number that is not in the result', async () => {
    provider.reply(openAiToolCall('run_query', MARCH), openAiText('En marzo vendiste $4.000.'));
    const res = await ask(t, '¿Cuánto vendí en marzo?');
    expect(res.json().meta.parser).toBe('llm');
    expect(res.json().data.answer).toMatch(/^Venta neta en marzo de 2025: \$3\.500\./);
  });

  it('falls back to the offline parser on an error, a timeout or an invalid query', async () => {
    for (const reply of [
      serverError(500),
      { hang: true },
      openAiToolCall('run_query', { metric: 'profit_of_mars' }),
    ]) {
      provider.reply(reply);
      const res = await ask(t, '¿Cuánto vendí en marzo?');
      expect(res.statusCode).toBe(200);
      expect(res.json().meta.parser).toBe('offline');
      expect(res.json().data.values[0].value).toBe(3500);
    }
  });

  it('speaks to Anthropic the same way', async () => {
    provider.reply(anthropicToolUse('run_query', MARCH), anthropicText('You sold $3,500 in March 2025.'));
    const res = await anthropicApp.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${owner.company.id}/ask`,
      headers: bearer(token),
      payload: { question: 'How much did I sell in March?' },
    });
    expect(res.json().meta.parser).toBe('llm');
    expect(res.json().data.answer).toBe('You sold $3,500 in March 2025.');
  });

  it('answers two things side by side offline: the model would write one query of them', async () => {
    const res = await ask(t, '¿Vendo más en la mañana o en la tarde en marzo?');
    expect(res.json().meta.parser).toBe('offline');
    expect(res.json().data.values.map((v: { key: string }) => v.key)).toEqual(['6-12', '12-18']);
    expect(provider.calls).toHaveLength(0);
  });

  it('never sends advice questions to the model', async () => {
    const res = await ask(t, '¿Debería invertir en acciones?');
    expect(res.json().data.kind).toBe('unanswerable');
    expect(provider.calls).toHaveLength(0);
  });
});
