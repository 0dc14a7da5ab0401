import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS } from '../sources/source-limits';
import { IngestError } from './ingest-error';
import { readSource } from './source-records';

async function readAll(bytes: Buffer) {
  const reading = await readSource(Readable.from([bytes]));
  const records = [];
  for await (const record of reading.records) records.push(record);
  return records;
}

const failureOf = (bytes: Buffer) =>
  readAll(bytes).then(
    () => null,
    (e: unknown) => e,
  );

describe('readSource bounds', () => {
  it('refuses binary data as BINARY_FILE, in both languages', async () => {
    const err = await failureOf(randomBytes(100_000));
    expect(err).toBeInstanceOf(IngestError);
    expect(err).toMatchObject({ code: 'BINARY_FILE', messageEs: expect.stringMatching(/no es texto/) });
  });

  it('keeps text with a few NULs (they become U+FFFD later), not binary', async () => {
    const records = await readAll(Buffer.from('a;b\nx\u0000;1\ny;2\u0000\n'));
    expect(records).toHaveLength(3);
  });

  it('refuses a row with more than MAX_COLUMNS columns, and accepts MAX_COLUMNS', async () => {
    const row = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`).join(';');
    expect(await readAll(Buffer.from(`${row(MAX_COLUMNS)}\n`))).toHaveLength(1);
    const err = await failureOf(Buffer.from(`a;b\n${row(MAX_COLUMNS + 1)}\n`));
    expect(err).toMatchObject({
      code: 'TOO_MANY_COLUMNS',
      messageEn: expect.stringMatching(/Row 2 has 1001 columns/),
    });
  });

  it('undoes gzip and still reads ordinary compressed text', async () => {
    const records = await readAll(gzipSync('Fecha;Total\n01/01/2025;100\n'));
    expect(records.map((r) => r.cells)).toEqual([
      ['Fecha', 'Total'],
      ['01/01/2025', '100'],
    ]);
  });

  it('releases the stored file when its reader stops early or refuses it', async () => {
    const lines = Buffer.from(`Fecha;Total\n${'01/01/2025;100\n'.repeat(50_000)}`);
    const chunks = Array.from({ length: 20 }, (_, i) => lines.subarray(i * 40_000, (i + 1) * 40_000));
    const early = Readable.from(chunks);
    for await (const _record of (await readSource(early)).records) break;
    expect(early.destroyed).toBe(true);

    const binary = Readable.from([randomBytes(100_000), randomBytes(100_000)]);
    await expect(readSource(binary)).rejects.toMatchObject({ code: 'BINARY_FILE' });
    expect(binary.destroyed).toBe(true);
  });
});
