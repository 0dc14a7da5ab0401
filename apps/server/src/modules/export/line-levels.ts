import { buildFeatureStreams, createFeatureAccumulator, FEATURE_LEVELS, featuresOfLevel } from '@ayni/engine';
import type pg from 'pg';
import { readCompanyLines } from '../analytics/company-lines';
import { STORED_LEVELS } from '../analytics/feature-writer';
import type { ExportLevel } from './export-source';
import { inPages } from './json';

/**
 * The engine levels the server does not store because they have about as many rows as lines
 * (product × day, customer × day, customer × month; ARCHITECTURE.md, "Features").
 */
export const LINE_LEVELS = FEATURE_LEVELS.filter((level) => !(level in STORED_LEVELS));

/**
 * Those levels computed from the company's lines as `client`'s transaction sees them, as the
 * upload files job does: one COPY pass into the engine's accumulator (narrowed to these levels),
 * then rows built anew each time a file reads them (`buildFeatureStreams`), a page at a time.
 * Memory is the accumulator's cells, never every row nor every line.
 */
export async function computeLineLevels(client: pg.PoolClient, companyId: string): Promise<ExportLevel[]> {
  const accumulator = createFeatureAccumulator({ levels: LINE_LEVELS });
  await readCompanyLines(client, companyId, (line) => accumulator.add(line));
  const { levels } = buildFeatureStreams(accumulator);
  return LINE_LEVELS.map((level) => ({
    level,
    origin: 'computed' as const,
    columns: featuresOfLevel(level),
    pages: async function* () {
      yield* inPages(levels[level] as Iterable<Record<string, unknown>>);
    },
  }));
}
