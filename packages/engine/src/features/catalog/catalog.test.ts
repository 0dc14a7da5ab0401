import { describe, expect, it } from 'vitest';
import { computeFeatures } from '../compute-features';
import { enrichLine } from '../enrich-line';
import { saleLine } from '../lines.testkit';
import { FEATURE_LEVELS } from '../types';
import { FEATURE_CATALOG, featuresOfLevel, renderCatalogMarkdown, resolveFeatureOrder } from './index';
import type { FeatureDefinition } from './types';

const def = (name: string, dependencies: string[] = []): FeatureDefinition => ({
  name,
  group: 'sales',
  levels: ['day'],
  dependencies,
  unit: 'CLP',
  format: 'currency',
  description_es: name,
  description_en: name,
  roles: ['owner'],
});

describe('resolveFeatureOrder', () => {
  it('puts dependencies first and keeps catalog order otherwise', () => {
    const order = resolveFeatureOrder([def('avg', ['revenue', 'tickets']), def('tickets'), def('revenue')]);
    expect(order.map((d) => d.name)).toEqual(['tickets', 'revenue', 'avg']);
  });

  it('limits the order to the asked features and what they need', () => {
    const catalog = [def('a', ['b']), def('b', ['c']), def('c'), def('unrelated')];
    expect(resolveFeatureOrder(catalog, ['a']).map((d) => d.name)).toEqual(['c', 'b', 'a']);
  });

  it('throws clear errors on unknown dependencies, unknown names, duplicates and cycles', () => {
    expect(() => resolveFeatureOrder([def('a', ['ghost'])])).toThrow(
      'Feature "a" depends on unknown feature "ghost"',
    );
    expect(() => resolveFeatureOrder([def('a')], ['b'])).toThrow('Unknown feature "b"');
    expect(() => resolveFeatureOrder([def('a'), def('a')])).toThrow('Feature "a" is declared twice');
    expect(() => resolveFeatureOrder([def('x'), def('a', ['b']), def('b', ['c']), def('c', ['a'])])).toThrow(
      'Feature dependency cycle: a → b → c → a',
    );
    expect(() => resolveFeatureOrder([def('self', ['self'])])).toThrow(
      'Feature dependency cycle: self → self',
    );
  });

  it('resolves the whole engine catalog', () => {
    const order = resolveFeatureOrder(FEATURE_CATALOG);
    expect(order).toHaveLength(FEATURE_CATALOG.length);
    const position = new Map(order.map((d, i) => [d.name, i]));
    for (const d of order)
      for (const dep of d.dependencies)
        expect(position.get(dep)).toBeLessThan(position.get(d.name) as number);
  });
});

describe('FEATURE_CATALOG', () => {
  it('declares every field of every level the engine writes, and nothing more', async () => {
    const more = {
      customerId: 'C1',
      category: 'Pan',
      location: 'Centro',
      costTotal: 500,
      discountTotal: 0,
      commission: 10,
    };
    const result = await computeFeatures([
      saleLine('2025-03-14T12:00-03:00', 'T1', 'A', 2, 1000, more),
      saleLine('2025-03-15T12:00-03:00', 'T2', 'A', -1, -500, more),
    ]);
    for (const level of FEATURE_LEVELS) {
      const row = result.levels[level][0];
      expect(row, level).toBeDefined();
      const fields = Object.keys(row as object).filter((key) => key !== 'nulls');
      expect(new Set(fields), level).toEqual(new Set(featuresOfLevel(level)));
    }
    const line = saleLine('2025-03-14T12:00-03:00', 'T1', 'A', 2, 1000);
    const added = Object.keys(enrichLine(line)).filter((key) => !(key in line));
    expect(new Set(added)).toEqual(new Set(featuresOfLevel('line')));
  });

  it('gives every feature both descriptions, a role and a known level', () => {
    for (const d of FEATURE_CATALOG) {
      expect(d.description_es.length, d.name).toBeGreaterThan(5);
      expect(d.description_en.length, d.name).toBeGreaterThan(5);
      expect(d.roles.length, d.name).toBeGreaterThan(0);
      for (const level of d.levels) expect(['line', ...FEATURE_LEVELS]).toContain(level);
    }
  });

  it('renders deterministic Markdown with one row per feature', () => {
    const markdown = renderCatalogMarkdown(FEATURE_CATALOG);
    expect(renderCatalogMarkdown([...FEATURE_CATALOG])).toBe(markdown);
    expect(markdown.startsWith('# Metrics / Métricas\n')).toBe(true);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(FEATURE_CATALOG.length);
    expect(markdown).toContain('| `avg_ticket` | day_hour, day, week, month, quarter, year, customer_day');
  });
});
