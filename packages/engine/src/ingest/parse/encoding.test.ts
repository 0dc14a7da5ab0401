import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from './encoding';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const result = new Uint8Array(text.length * 2);
  const view = new DataView(result.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return result;
}

// "Ñandú 25° €3" as Windows-1252 writes it.
const NANDU_WINDOWS_1252 = bytes(0xd1, 0x61, 0x6e, 0x64, 0xfa, 0x20, 0x32, 0x35, 0xb0, 0x20, 0x80, 0x33);

describe('detectEncoding', () => {
  it('trusts a byte-order mark and reports its length', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(bytes(0xff, 0xfe, 0x61, 0x00))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(bytes(0xfe, 0xff, 0x00, 0x61))).toEqual({ encoding: 'utf-16be', bomLength: 2 });
  });

  it('reads ASCII and well-formed UTF-8 as UTF-8', () => {
    expect(detectEncoding(utf8('fecha;monto\n01-10-2025;1200\n'))).toEqual({
      encoding: 'utf-8',
      bomLength: 0,
    });
    expect(detectEncoding(utf8('producto\nÑandú 25° €3\n')).encoding).toBe('utf-8');
    expect(detectEncoding(bytes()).encoding).toBe('utf-8');
  });

  it('tolerates a UTF-8 character cut by the end of the sample', () => {
    const sample = utf8('descripción;precio\nPan ñandú;€').subarray(0, -1);
    expect(detectEncoding(sample).encoding).toBe('utf-8');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(detectEncoding(NANDU_WINDOWS_1252)).toEqual({ encoding: 'windows-1252', bomLength: 0 });
    // ISO-8859-1 "Año" is the same bytes.
    expect(detectEncoding(bytes(0x41, 0xf1, 0x6f)).encoding).toBe('windows-1252');
  });

  it('recognizes UTF-16 without a BOM by its zero bytes', () => {
    const text = 'Fecha;Producto;Monto\r\n01-10-2025;Ñandú;1200\r\n';
    expect(detectEncoding(utf16(text, true))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    expect(detectEncoding(utf16(text, false))).toEqual({ encoding: 'utf-16be', bomLength: 0 });
  });

  it('answers for any bytes without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (sample) => {
        const { encoding, bomLength } = detectEncoding(sample);
        expect(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).toContain(encoding);
        expect(bomLength).toBeLessThanOrEqual(sample.length);
      }),
    );
  });
});
