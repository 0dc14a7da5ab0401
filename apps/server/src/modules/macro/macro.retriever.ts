import { MACRO_SERIES, type MacroSeriesCode, type MacroSource } from '@ayni/contracts';
import { parseBcch } from './bcch.parser';
import { CircuitBreaker } from './circuit-breaker';
import { getText } from './http-text';
import { type ParsedPoint, parseMindicador } from './mindicador.parser';
import { type RetryOptions, withRetry } from './retry';

export interface MacroSourcesConfig {
  mindicadorUrl: string;
  /** Both or neither: the BDE API is used only with credentials. */
  bcch?: { url: string; user: string; password: string };
  timeoutMs: number;
  retry: RetryOptions;
  breaker: { threshold: number; cooldownMs: number };
  clock?: () => number;
}

/** A source that can give a series' points for whole calendar years. */
export interface MacroRetriever {
  readonly name: Exclude<MacroSource, 'snapshot'>;
  readonly breaker: CircuitBreaker;
  fetchYears(code: MacroSeriesCode, fromYear: number, toYear: number): Promise<ParsedPoint[]>;
}

function guarded(breaker: CircuitBreaker, retry: RetryOptions) {
  // Retry outside, breaker inside: every failed attempt counts, and an open breaker stops retrying.
  return <T>(work: () => Promise<T>) => withRetry(() => breaker.call(work), retry);
}

/** mindicador.cl: `/api/{tipo}/{yyyy}` once per year asked. */
export function mindicadorRetriever(config: MacroSourcesConfig): MacroRetriever {
  const breaker = new CircuitBreaker('mindicador', { ...config.breaker, clock: config.clock ?? Date.now });
  const run = guarded(breaker, config.retry);
  const base = config.mindicadorUrl.replace(/\/+$/, '');
  return {
    name: 'mindicador',
    breaker,
    async fetchYears(code, fromYear, toYear) {
      const points: ParsedPoint[] = [];
      for (let year = fromYear; year <= toYear; year++) {
        const url = `${base}/api/${code}/${year}`;
        points.push(
          ...(await run(async () => parseMindicador(await getText(url, config.timeoutMs, url), code))),
        );
      }
      return points;
    },
  };
}

/** Banco Central de Chile BDE web service (`GetSeries` over the years asked). */
export function bcchRetriever(
  config: MacroSourcesConfig & { bcch: NonNullable<MacroSourcesConfig['bcch']> },
): MacroRetriever {
  const breaker = new CircuitBreaker('bcch', { ...config.breaker, clock: config.clock ?? Date.now });
  const run = guarded(breaker, config.retry);
  return {
    name: 'bcch',
    breaker,
    async fetchYears(code, fromYear, toYear) {
      const seriesId = MACRO_SERIES[code].bcch_code;
      const query = new URLSearchParams({
        user: config.bcch.user,
        pass: config.bcch.password,
        firstdate: `${fromYear}-01-01`,
        lastdate: `${toYear}-12-31`,
        timeseries: seriesId,
        function: 'GetSeries',
      });
      const url = `${config.bcch.url}?${query}`;
      // The URL carries the credentials: errors name the series, never the URL.
      return run(async () => parseBcch(await getText(url, config.timeoutMs, `bcch ${seriesId}`), seriesId));
    },
  };
}

/** The live sources in order of preference: mindicador, then the BDE when configured. */
export function createRetrievers(config: MacroSourcesConfig): MacroRetriever[] {
  const out = [mindicadorRetriever(config)];
  if (config.bcch) out.push(bcchRetriever({ ...config, bcch: config.bcch }));
  return out;
}
