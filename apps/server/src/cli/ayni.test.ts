import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { posFile } from '../../test/fixtures/pos-export';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/ayni.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'ayni-cli-'));

/** Runs the real `ayni` executable; resolves with its exit code and output. */
async function ayni(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: work });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const csvRows = (file: string) => {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = (header as string).split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
};

describe('npx ayni analyze', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('detects, normalizes and writes one CSV per level plus summary.json', async () => {
    const file = path.join(work, 'ventas.csv');
    writeFileSync(file, posFile().content);
    const out = path.join(work, 'out');
    const result = await ayni('analyze', file, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('5 líneas aceptadas');

    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'));
    expect(summary.lines).toEqual({ total: 8, accepted: 5, rejected: 2, skipped: 1, warnings: 0 });
    expect(summary.issues).toMatchObject({
      INVALID_NUMBER: { severity: 'rejected', lines: 1 },
      INVALID_DATE: { severity: 'rejected', lines: 1 },
    });
    expect(summary.detected).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(summary.files).toEqual(
      expect.arrayContaining(['lines.csv', 'day.csv', 'month.csv', 'product.csv']),
    );

    // Hand-checked: 9.980 + 2.490 + 4.990 + 11.238 − 2.490.
    const [october] = csvRows(path.join(out, 'month.csv'));
    expect(october).toMatchObject({ period: '2025-10', revenue: '26208', transactions: '2', returns: '1' });
    const products = csvRows(path.join(out, 'product.csv'));
    expect(products.find((p) => p.product_id === 'P-03')).toMatchObject({ units: '1.25', revenue: '11238' });
    expect(csvRows(path.join(out, 'lines.csv'))).toHaveLength(5);
    const issues = readFileSync(path.join(out, 'issues.csv'), 'utf8');
    expect(issues).toContain('INVALID_NUMBER');
    expect(issues).toContain('abc');
  });

  it('exits non-zero with a clear message on a missing file, bad bytes or unknown command', async () => {
    const missing = await ayni('analyze', path.join(work, 'no-such.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('FILE_NOT_READABLE');

    const noise = path.join(work, 'noise.bin');
    writeFileSync(noise, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const bad = await ayni('analyze', noise, '--out', path.join(work, 'noise-out'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Error [A-Z_]+: /);

    const mapping = path.join(work, 'mapping.json');
    writeFileSync(mapping, '{"Fecha": {"field": "not_a_field"}}');
    const wrongMapping = await ayni('analyze', noise, '--mapping', mapping);
    expect(wrongMapping.code).toBe(1);
    expect(wrongMapping.stderr).toContain('INVALID_MAPPING');

    expect((await ayni('frobnicate')).code).toBe(2);
  });
});
