import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeMindicador } from '../../../test/fake-mindicador';
import { CircuitBreaker } from './circuit-breaker';
import { type MacroSourcesConfig, mindicadorRetriever } from './macro.retriever';
import { BreakerOpenError, MacroSourceError } from './macro-errors';
import { parseMindicador, santiagoDateOf } from './mindicador.parser';
import { retryDelayMs } from './retry';

const UF_2024 = {
  '2024-06-14': 37_558.9,
  '2024-06-15': 37_565.12,
  '2024-06-16': 37_571.34,
  '2024-12-31': 38_416.69,
};
const DOLAR_2024 = { '2024-06-14': 932.41, '2024-06-17': 935.26 }; // Friday, then Monday

describe('mindicador parser', () => {
  it('dates each point by its Santiago calendar day, not the UTC one', () => {
    expect(santiagoDateOf('2024-06-15T04:00:00.000Z')).toBe('2024-06-15'); // winter, UTC−4
    expect(santiagoDateOf('2024-01-15T03:00:00.000Z')).toBe('2024-01-15'); // summer, UTC−3
    expect(santiagoDateOf('2024-07-01T02:00:00.000Z')).toBe('2024-06-30'); // still 30 June in Santiago
  });

  it('sorts newest-first answers, keeps the first of duplicated dates and accepts an empty serie', () => {
    const body = JSON.stringify({
      codigo: 'uf',
      serie: [
        { fecha: '2024-06-16T04:00:00.000Z', valor: 3 },
        { fecha: '2024-06-16T04:00:00.000Z', valor: 99 },
        { fecha: '2024-06-15T04:00:00.000Z', valor: 2 },
      ],
    });
    expect(parseMindicador(body, 'uf')).toEqual([
      { date: '2024-06-15', value: 2 },
      { date: '2024-06-16', value: 3 },
    ]);
    expect(parseMindicador('{"codigo":"uf","serie":[]}', 'uf')).toEqual([]);
  });

  it('refuses garbage, another series and malformed points (not transient: no retry)', () => {
    for (const [body, message] of [
      ['<html>mantención</html>', 'not JSON'],
      ['{"codigo":"dolar","serie":[]}', 'answered series "dolar"'],
      ['{"codigo":"uf"}', 'no "serie"'],
      ['{"codigo":"uf","serie":[{"fecha":"ayer","valor":1}]}', 'malformed point'],
      ['{"codigo":"uf","serie":[{"fecha":"2024-06-15T04:00:00.000Z","valor":null}]}', 'malformed point'],
    ] as const) {
      const error = (() => {
        try {
          parseMindicador(body, 'uf');
        } catch (err) {
          return err as MacroSourceError;
        }
      })();
      expect(error?.message, body).toContain(message);
      expect(error?.transient).toBe(false);
    }
  });
});

describe('mindicador retriever against a local mindicador', () => {
  const server = new FakeMindicador({ uf: UF_2024, dolar: DOLAR_2024 });
  let now = 0;
  const sleeps: number[] = [];
  const config = (): MacroSourcesConfig => ({
    mindicadorUrl: server.url,
    timeoutMs: 300,
    retry: {
      attempts: 3,
      baseDelayMs: 10,
      maxDelayMs: 1000,
      random: () => 0.5,
      sleep: async (ms) => void sleeps.push(ms),
    },
    breaker: { threshold: 4, cooldownMs: 60_000 },
    clock: () => now,
  });
  beforeAll(() => server.start());
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    server.outages.length = 0;
    server.down = null;
    sleeps.length = 0;
  });

  it('reads a year served as text/html, newest first, with a duplicated date', async () => {
    server.duplicateNewest.set('uf', 1);
    const points = await mindicadorRetriever(config()).fetchYears('uf', 2024, 2024);
    server.duplicateNewest.clear();
    expect(server.requests).toEqual(['/api/uf/2024']);
    expect(points).toEqual(Object.entries(UF_2024).map(([date, value]) => ({ date, value })));
  });

  it('speaks the day endpoint too: a day without value is an empty serie', async () => {
    const day = async (date: string) =>
      parseMindicador(await (await fetch(`${server.url}/api/dolar/${date}`)).text(), 'dolar');
    expect(await day('15-06-2024')).toEqual([]); // Saturday
    expect(await day('14-06-2024')).toEqual([{ date: '2024-06-14', value: 932.41 }]);
    const latest = parseMindicador(await (await fetch(`${server.url}/api/uf`)).text(), 'uf');
    expect(latest.at(-1)).toEqual({ date: '2024-12-31', value: 38_416.69 });
  });

  it('retries a 500 and a hung request with exponential backoff and jitter, then succeeds', async () => {
    server.outages.push('500', 'hang');
    const started = Date.now();
    const points = await mindicadorRetriever(config()).fetchYears('dolar', 2024, 2024);
    expect(points).toHaveLength(2);
    expect(server.requests).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290); // the hang waited for the timeout
    // random = 0.5: half of 10 ms, then half of 20 ms.
    expect(sleeps).toEqual([5, 10]);
    expect(retryDelayMs(10, config().retry)).toBe(500); // capped at maxDelayMs, then jittered
  });

  it('gives up after the attempts on a source that keeps failing', async () => {
    server.down = '503';
    const error = await mindicadorRetriever(config())
      .fetchYears('uf', 2024, 2024)
      .catch((e) => e);
    expect(error).toBeInstanceOf(MacroSourceError);
    expect(error.message).toContain('HTTP 503');
    expect(server.requests).toHaveLength(3);
  });

  it('retries a refused connection and names it', async () => {
    const closed = new FakeMindicador({});
    await closed.start();
    const url = closed.url;
    await closed.close();
    const error = await mindicadorRetriever({ ...config(), mindicadorUrl: url })
      .fetchYears('uf', 2024, 2024)
      .catch((e) => e);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.transient).toBe(true);
    expect(sleeps).toEqual([5, 10]); // three attempts
  });

  it('does not retry garbage or an unknown series', async () => {
    server.outages.push('garbage');
    await expect(mindicadorRetriever(config()).fetchYears('uf', 2024, 2024)).rejects.toThrow('not JSON');
    await expect(mindicadorRetriever(config()).fetchYears('euro', 2024, 2024)).rejects.toThrow('HTTP 404');
    expect(server.requests).toHaveLength(2);
  });

  it('opens the breaker after repeated failures, fails fast, and closes after a good trial call', async () => {
    const retriever = mindicadorRetriever(config());
    server.down = '500';
    await expect(retriever.fetchYears('uf', 2024, 2024)).rejects.toThrow('HTTP 500'); // 3 failures
    // The 4th failure opens it: the retry that follows is refused without a call.
    await expect(retriever.fetchYears('uf', 2024, 2024)).rejects.toThrow('HTTP 500');
    expect(server.requests).toHaveLength(4);
    expect(retriever.breaker.state).toBe('open');
    await expect(retriever.fetchYears('uf', 2024, 2024)).rejects.toBeInstanceOf(BreakerOpenError);
    expect(server.requests).toHaveLength(4); // no call while open

    now += 60_000; // cooldown over: one trial call goes through
    expect(retriever.breaker.state).toBe('half-open');
    await expect(retriever.fetchYears('uf', 2024, 2024)).rejects.toThrow('HTTP 500');
    expect(retriever.breaker.state).toBe('open'); // a failed trial reopens it at once
    expect(server.requests).toHaveLength(5);

    now += 60_000;
    server.down = null;
    await expect(retriever.fetchYears('uf', 2024, 2024)).resolves.toHaveLength(4);
    expect(retriever.breaker.state).toBe('closed');
  });

  it('lets only one trial call through while half-open', async () => {
    let clock = 0;
    const breaker = new CircuitBreaker('x', { threshold: 1, cooldownMs: 10, clock: () => clock });
    await expect(breaker.call(() => Promise.reject(new Error('down')))).rejects.toThrow('down');
    clock = 10;
    let release: () => void = () => undefined;
    const trial = breaker.call(() => new Promise<void>((resolve) => (release = resolve)));
    await expect(breaker.call(async () => 1)).rejects.toBeInstanceOf(BreakerOpenError);
    release();
    await trial;
    await expect(breaker.call(async () => 1)).resolves.toBe(1);
  });
});
