import { describe, expect, it } from 'vitest';
import type { FeatureLine } from '../features/types';
import { SEGMENT_TEXTS } from './customers/rfm-segments';
import { addDays, at, insightsOf, saleLine } from './insights.testkit';

/** Phrases that would turn an observation into financial advice. */
const FORBIDDEN = [
  /invierta/i,
  /invertir/i,
  /debe comprar/i,
  /debería comprar/i,
  /recomendamos/i,
  /le aconsejamos/i,
  /\binvest/i,
  /you should buy/i,
  /you must/i,
  /we recommend/i,
  /guaranteed?/i,
  /garantizad/i,
];

function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) texts(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) texts(v, out);
  return out;
}

describe('wording', () => {
  it('never recommends financial decisions, in any text of a rich result', () => {
    const lines: FeatureLine[] = [];
    for (let d = 0; d < 500; d++) {
      const day = addDays('2025-06-30', -d);
      const amount = d < 90 ? 600 : 1000;
      lines.push(
        saleLine(at(day), `t${d}`, `P${d % 7}`, 1, amount, {
          costTotal: amount * 0.9,
          customerId: `c${d % 40}`,
        }),
      );
      lines.push(
        saleLine(at(day), `t${d}`, `P${(d % 7) + 1}`, 1, 100, { costTotal: 90, customerId: `c${d % 40}` }),
      );
    }
    const result = insightsOf(lines, { churnDays: 30 });
    const all = [...texts(result), ...texts(SEGMENT_TEXTS)];
    expect(result.alerts.ranked.length).toBeGreaterThan(3);
    for (const text of all) for (const pattern of FORBIDDEN) expect(text).not.toMatch(pattern);
  });

  it('counts one product or customer in the singular', () => {
    const lines = [saleLine(at('2025-06-30'), 'a', 'A', 1, 100, { costTotal: 95, customerId: 'c1' })];
    const titles = insightsOf(lines).alerts.ranked.map((insight) => insight.title);
    const pareto = insightsOf(lines).alerts.ranked.find((insight) => insight.id === 'products.pareto');
    expect(pareto?.title).toEqual({
      es: '1 producto hace el 80 % de la venta',
      en: '1 product makes 80% of sales',
    });
    expect(pareto?.detail.es).toBe('Es el único producto con venta.');
    expect(titles).toContainEqual({
      es: '1 producto con margen bajo 25 %',
      en: '1 product with a margin under 25%',
    });
    for (const title of titles) expect(title.es).not.toMatch(/\b1 (productos|clientes)\b/);
  });

  it('every insight speaks Spanish and English', () => {
    const lines = [saleLine(at('2025-06-30'), 'a', 'A', 1, 100, { costTotal: 95 })];
    for (const insight of insightsOf(lines).alerts.ranked) {
      for (const t of [insight.title, insight.detail]) {
        expect(t.es.length).toBeGreaterThan(0);
        expect(t.en.length).toBeGreaterThan(0);
        expect(t.es).not.toBe(t.en);
      }
    }
  });
});
