import { describe, expect, it } from 'vitest';
import { HEADER, posExportBuffer, posExportStats } from './generate-pos-export';
import { encodeWindows1252 } from './windows-1252';

const decode = (bytes: Buffer) => new TextDecoder('windows-1252').decode(bytes);
const clp = (text: string) => Number(text.replace(/[$ .]/g, ''));

describe('POS export generator', () => {
  const { bytes, stats } = posExportBuffer({ lines: 5000 });
  const text = decode(bytes);
  const rows = text.split('\r\n').slice(1, -1);
  const cells = rows.map((row) => row.split(';'));

  it('writes Windows-1252 with CRLF, not UTF-8', () => {
    expect(bytes.includes(Buffer.from('Ñuñoa', 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from([0xd1, 0x75, 0xf1, 0x6f, 0x61]))).toBe(true); // Ñuñoa
    expect(text.startsWith(`${HEADER}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(encodeWindows1252('° € á')).toEqual(Buffer.from([0xb0, 0x20, 0x80, 0x20, 0xe1]));
    expect(() => encodeWindows1252('✓')).toThrow(RangeError);
  });

  it('is deterministic and its stats match the lines it wrote', () => {
    expect(posExportBuffer({ lines: 5000 }).bytes.equals(bytes)).toBe(true);
    expect(posExportBuffer({ lines: 5000, seed: 1 }).bytes.equals(bytes)).toBe(false);
    expect(posExportStats({ lines: 5000 })).toEqual(stats);
    expect(rows).toHaveLength(5000);
    expect(stats.bytes).toBe(bytes.length);
    let net = 0;
    for (const row of cells) net += row[1] === 'Nota de crédito' ? -clp(row[10] ?? '') : clp(row[10] ?? '');
    expect(net).toBe(stats.netTotal);
    expect(stats.salesTotal - stats.returnsTotal).toBe(stats.netTotal);
  });

  it('looks like a real export: formats, document sizes, credit notes', () => {
    for (const row of cells) {
      expect(row).toHaveLength(12);
      expect(row[0]).toMatch(/^\d{2}\/\d{2}\/20\d{2} (09|1\d|2[01]):\d{2}$/);
      expect(row[8]).toMatch(/^(\d+|\d,\d{3})$/);
      for (const money of row.slice(9)) expect(money).toMatch(/^\$ \d{1,3}(\.\d{3})*$/);
    }
    const perDocument = new Map<string, number>();
    for (const row of cells) perDocument.set(row[2] ?? '', (perDocument.get(row[2] ?? '') ?? 0) + 1);
    expect(Math.max(...perDocument.values())).toBeLessThanOrEqual(6);
    expect(stats.documents).toBe(perDocument.size);
    expect(stats.creditNotes / stats.documents).toBeGreaterThan(0.005);
    expect(stats.creditNotes / stats.documents).toBeLessThan(0.03);
    expect(new Set(cells.map((row) => row[4])).size).toBe(5);
    expect(new Set(cells.map((row) => row[5])).size).toBeGreaterThan(150);
    expect(cells[0]?.[0]).toMatch(/^01\/05\/2025/);
    expect(cells.at(-1)?.[0]).toMatch(/^31\/10\/2026/);
  });
});
