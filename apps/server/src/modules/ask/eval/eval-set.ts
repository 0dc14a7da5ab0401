import { readFileSync } from 'node:fs';
import { type AskPeriod, type AskQuery, askQuerySchema } from '@ayni/contracts';
import { DEMO_BRANCHES, DEMO_PRODUCTS } from '@ayni/db/seed';
import type { AskVocabulary } from '@ayni/engine';

/*
 * The evaluation set: questions with the structured query a person expects, on the demo
 * company's names, with `data_through` fixed. Periods are written short and expanded here with
 * plain date arithmetic (not the parser's calendar), so an expectation never borrows the code under test.
 */

export type Expected = AskQuery | 'help' | 'unanswerable' | 'coverage';
export interface EvalQuestion {
  q: string;
  lang: 'es' | 'en';
  expect: Expected;
  /** "X vs Y": the second product (code), category, branch, weekdays or hours, answered beside the query's. */
  versus?: unknown;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const p2 = (n: number) => String(n).padStart(2, '0');
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** M:2025-10, Q:2025-4, Y:2025, D:2025-10-05, W:<Monday>, R:<from>..<to>. */
export function expandPeriod(short: string): AskPeriod {
  const [kind, value] = short.split(':') as [string, string];
  if (kind === 'M') {
    const [y, m] = value.split('-').map(Number) as [number, number];
    return { grain: 'month', from: `${value}-01`, to: `${value}-${p2(lastDay(y, m))}` };
  }
  if (kind === 'Q') {
    const [y, q] = value.split('-').map(Number) as [number, number];
    return {
      grain: 'quarter',
      from: `${y}-${p2(q * 3 - 2)}-01`,
      to: `${y}-${p2(q * 3)}-${p2(lastDay(y, q * 3))}`,
    };
  }
  if (kind === 'Y') return { grain: 'year', from: `${value}-01-01`, to: `${value}-12-31` };
  if (kind === 'D') return { grain: 'day', from: value, to: value };
  if (kind === 'W') return { grain: 'week', from: value, to: plusDays(value, 6) };
  if (kind === 'R') {
    const [from, to] = value.split('..') as [string, string];
    return { grain: 'range', from, to };
  }
  throw new Error(`unknown period shorthand ${short}`);
}

type RawExpect =
  | 'help'
  | 'unanswerable'
  | 'coverage'
  | (Record<string, unknown> & { period?: string; compare?: string });

function expand(raw: RawExpect): Expected {
  if (raw === 'help' || raw === 'unanswerable' || raw === 'coverage') return raw;
  const { period, compare, ...rest } = raw;
  return askQuerySchema.parse({
    ...rest,
    period: period ? expandPeriod(period) : null,
    compare: compare ? expandPeriod(compare) : null,
  });
}

/** The repository's set by default; another file of the same shape (a held-out batch) when given. */
export function loadEvalSet(path: string | URL = new URL('./questions.json', import.meta.url)): {
  dataThrough: string;
  questions: EvalQuestion[];
} {
  const file = JSON.parse(readFileSync(path, 'utf8')) as {
    data_through: string;
    questions: { q: string; lang: 'es' | 'en'; expect: RawExpect; versus?: unknown }[];
  };
  return {
    dataThrough: file.data_through,
    questions: file.questions.map((item) => ({ ...item, expect: expand(item.expect) })),
  };
}

/** The demo company's products, categories and branches, as the server reads them from feature rows. */
export const DEMO_VOCABULARY: AskVocabulary = {
  products: DEMO_PRODUCTS.map((p) => ({ id: p.sku, name: p.name })),
  categories: [...new Set(DEMO_PRODUCTS.map((p) => p.category))],
  locations: DEMO_BRANCHES.map((b) => b.name),
};
