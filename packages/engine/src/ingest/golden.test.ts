import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestBuffer, ingestSummary } from './pipeline';
import type { LineOutcome, TableDetection } from './types';

/**
 * Golden files: `test/golden/<name>.csv` holds the bytes a POS would emit (encodings and line
 * breaks included; `.gitattributes` keeps git from touching them) and `<name>.expected.json`
 * what ingestion must make of them. Every expectation was checked by hand when written; after
 * an intended change, `UPDATE_GOLDEN=1` rewrites them, and the diff must be read just as closely.
 */
const GOLDEN_DIR = fileURLToPath(new URL('../../test/golden/', import.meta.url));
/** Fixed "now" for the engine: 2025-11-01 00:00 UTC. */
const NOW = Date.UTC(2025, 10, 1);
const LINES_SHOWN = 12;
const BIOME = fileURLToPath(new URL('../../../../node_modules/.bin/biome', import.meta.url));
const updating = process.env.UPDATE_GOLDEN === '1';

function describeDetection(detection: TableDetection) {
  return {
    encoding: detection.encoding,
    delimiter: detection.delimiter,
    headerLine: detection.headerLine,
    columns: detection.columns.map((column) => ({
      name: column.name,
      field: column.field,
      confidence: column.confidence,
      type: column.type,
      ...(column.number && { number: column.number }),
      ...(column.date && { date: column.date }),
    })),
    warnings: detection.warnings.map((warning) => warning.code),
  };
}

function describeOutcomes(outcomes: LineOutcome[]) {
  const issues = outcomes.flatMap((outcome) =>
    (outcome.kind === 'accepted' ? outcome.warnings : outcome.issues).map((issue) => ({
      line: issue.line,
      severity: issue.severity,
      code: issue.code,
      column: issue.column,
    })),
  );
  const lines = outcomes
    .flatMap((outcome) => (outcome.kind === 'accepted' ? [outcome.line] : []))
    .slice(0, LINES_SHOWN)
    .map((line) => ({ ...line, soldAt: new Date(line.soldAt).toISOString() }));
  return { issues, lines };
}

function snapshot(bytes: Uint8Array) {
  const { detection, outcomes } = ingestBuffer(bytes, { now: NOW });
  return {
    detection: describeDetection(detection),
    summary: ingestSummary(outcomes),
    ...describeOutcomes(outcomes),
  };
}

const cases = readdirSync(GOLDEN_DIR)
  .filter((file) => file.endsWith('.csv'))
  .map((file) => file.slice(0, -'.csv'.length))
  .sort();

describe('golden files', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });

  it.each(cases)('%s', (name) => {
    const actual = snapshot(readFileSync(path.join(GOLDEN_DIR, `${name}.csv`)));
    const expectedPath = path.join(GOLDEN_DIR, `${name}.expected.json`);
    if (updating) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      // Committed in the repository's own JSON style, so `biome check` stays clean.
      execFileSync(BIOME, ['format', '--write', expectedPath], { stdio: 'ignore' });
    }
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
    expect(actual).toEqual(expected);
  });
});
