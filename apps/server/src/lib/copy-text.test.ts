import { describe, expect, it } from 'vitest';
import { CopyChunks, copyRow, copyValue, IsoTimestamps } from './copy-text';
import { CopyTextReader } from './copy-text-reader';

describe('copyValue', () => {
  it('escapes what COPY text format needs and reads back the same through CopyTextReader', () => {
    const values = ['a\tb', 'line\nbreak\r', 'back\\slash', '', 'Ñandú 12.990'];
    expect(new CopyTextReader().push(copyRow(values))).toEqual([values]);
  });

  it('writes null, numbers and booleans the way PostgreSQL reads them', () => {
    expect(copyRow([null, 1.5, Number.NaN, true, false])).toBe('\\N\t1.5\t\\N\tt\tf\n');
  });

  it('turns NUL (which PostgreSQL text cannot hold) into U+FFFD instead of breaking the COPY', () => {
    expect(copyValue('a\0b')).toBe('a\uFFFDb');
  });
});

describe('CopyChunks', () => {
  it('hands back exactly the UTF-8 of what was appended, across chunk boundaries', () => {
    const chunks = new CopyChunks(64);
    const rows = ['a\tb\n', 'Ñandú €\n', 'x'.repeat(100), '😀\n', ''];
    const out: Buffer[] = [];
    let full = false;
    for (const row of rows) {
      full = chunks.append(row) || full;
      if (full) out.push(...chunks.take());
      full = false;
    }
    out.push(...chunks.take());
    expect(Buffer.concat(out).toString('utf8')).toBe(rows.join(''));
    expect(chunks.take()).toEqual([]);
  });

  it('says full once a chunk cannot take the next row', () => {
    const chunks = new CopyChunks(30);
    expect(chunks.append('0123456789')).toBe(false); // 10 chars may need 30 bytes: fits
    expect(chunks.append('abcdefg')).toBe(true); // 10 used + up to 21 > 30
    expect(chunks.byteLength).toBe(17);
    expect(Buffer.concat(chunks.take()).toString()).toBe('0123456789abcdefg');
  });
});

describe('IsoTimestamps', () => {
  it('formats every instant exactly as Date#toISOString', () => {
    const formatter = new IsoTimestamps();
    const instants = [0, -1, 1, 86_399_999, 86_400_000, -86_400_001, 1_746_104_400_000, 253_402_300_799_999];
    instants.push(-62_198_755_200_000, 8.64e15, -8.64e15, 1_746_104_400_000.5);
    let ms = 1_700_000_000_000;
    for (let i = 0; i < 2000; i++) {
      ms += Math.floor((Math.sin(i) + 1) * 50_000_000);
      instants.push(ms, ms, ms + 1);
    }
    for (const instant of instants) expect(formatter.format(instant)).toBe(new Date(instant).toISOString());
    expect(() => formatter.format(Number.NaN)).toThrow(RangeError);
    expect(() => formatter.format(8.64e15 + 1)).toThrow(RangeError);
  });
});

describe('CopyChunks fields', () => {
  const written = (write: (out: CopyChunks) => void) => {
    const out = new CopyChunks(16); // tiny chunks: fields straddle them
    write(out);
    return Buffer.concat(out.take());
  };

  it('writes text as the UTF-8 of copyText, surrogates and escapes included', () => {
    const alphabet = ['a', 'Ñ', 'é', '€', '\t', '\n', '\r', '\\', '\0', '😀', '\ud800', '\udc00', ' ', '"'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const samples = ['', 'Longaniza nacional', 'x'.repeat(50)];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      samples.push(text);
    }
    for (const text of samples) {
      expect(written((out) => out.text(text))).toEqual(Buffer.from(copyValue(text), 'utf8'));
    }
    expect(written((out) => out.text(null)).toString()).toBe('\\N');
  });

  it('writes numbers exactly as String() does (copyValue), fast paths or not', () => {
    const values: (number | null)[] = [0, -0, 1, -1, 7, 10, 99, 100, 12_990, -4_390, 2 ** 53 - 1];
    values.push(-(2 ** 53) + 1);
    values.push(2 ** 53, 1e21, 1.5e300, 0.001, 0.01, 0.1, 0.5, -0.05, 1e-7, 123.456_789, 999_999_999.99);
    values.push(1e9, 1e9 + 0.5, -1e9 - 0.25, Number.NaN, Number.POSITIVE_INFINITY, null, 1 / 3);
    for (let k = -200_000; k <= 200_000; k += 7) values.push(k / 100, k / 1000, (k * 13_577) / 100);
    let seed = 11;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const k = seed * (seed % 2 ? 1 : -1) * 3;
      values.push(k / 100, k / 1000, Math.round(k * 1.37) / 100, k / 7, k * 1e-9);
    }
    const out = new CopyChunks(64);
    const wrong = values.filter((value) => {
      out.number(value);
      return Buffer.concat(out.take()).toString() !== copyValue(value);
    });
    expect(wrong).toEqual([]);
  });

  it('writes booleans, separators and whole rows', () => {
    const bytes = written((out) => {
      out.boolean(true);
      out.separator();
      out.bytes(Buffer.from('2025-05-01T13:00:00.000Z'));
      out.separator();
      out.boolean(false);
      out.separator(true);
      out.append('x\ty\n');
    });
    expect(bytes.toString()).toBe('t\t2025-05-01T13:00:00.000Z\tf\nx\ty\n');
  });
});
