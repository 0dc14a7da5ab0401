import { describe, expect, it } from 'vitest';
import type { TextEncodingName } from '../types';
import { ByteDecoder } from './decoder';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

function decodeInChunks(encoding: TextEncodingName, bomLength: number, chunks: Uint8Array[]) {
  const decoder = new ByteDecoder(encoding, bomLength);
  const text = chunks.map((chunk) => decoder.decode(chunk)).join('') + decoder.end();
  return { text, invalidUtf8: decoder.invalidUtf8 };
}

function splitAt(data: Uint8Array, ...cuts: number[]): Uint8Array[] {
  const points = [0, ...cuts, data.length];
  return points.slice(1).map((end, i) => data.subarray(points[i], end));
}

describe('ByteDecoder', () => {
  it('decodes Windows-1252, including € and the other 0x80-0x9F characters', () => {
    const nandu = bytes(0xd1, 0x61, 0x6e, 0x64, 0xfa, 0x20, 0x32, 0x35, 0xb0, 0x20, 0x80, 0x33);
    expect(decodeInChunks('windows-1252', 0, [nandu]).text).toBe('Ñandú 25° €3');
    const punctuation = bytes(0x82, 0x83, 0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f);
    expect(decodeInChunks('windows-1252', 0, [punctuation]).text).toBe('‚ƒ„…‘’“”–—™Ÿ');
    // The five bytes WHATWG leaves undefined map to the same code points.
    expect(decodeInChunks('windows-1252', 0, [bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d)]).text).toBe(
      '\u0081\u008d\u008f\u0090\u009d',
    );
  });

  it('strips the UTF-8 BOM and gives the same text for every split point', () => {
    const data = utf8('\uFEFFfecha;descripción\n01-10-2025;Ñandú €3 😀\n');
    const expected = 'fecha;descripción\n01-10-2025;Ñandú €3 😀\n';
    for (let cut = 0; cut <= data.length; cut++) {
      const result = decodeInChunks('utf-8', 3, splitAt(data, cut));
      expect(result).toEqual({ text: expected, invalidUtf8: false });
    }
    const byteByByte = Array.from(data, (value) => bytes(value));
    expect(decodeInChunks('utf-8', 3, byteByByte)).toEqual({ text: expected, invalidUtf8: false });
  });

  it('drops a UTF-8 BOM the caller did not announce', () => {
    expect(decodeInChunks('utf-8', 0, [utf8('\uFEFFfecha')]).text).toBe('fecha');
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM, split inside code units', () => {
    const le = bytes(0xff, 0xfe, 0xd1, 0x00, 0x61, 0x00, 0xac, 0x20, 0x0a, 0x00);
    const be = bytes(0xfe, 0xff, 0x00, 0xd1, 0x00, 0x61, 0x20, 0xac, 0x00, 0x0a);
    for (let cut = 0; cut <= le.length; cut++) {
      expect(decodeInChunks('utf-16le', 2, splitAt(le, cut)).text).toBe('Ña€\n');
      expect(decodeInChunks('utf-16be', 2, splitAt(be, cut)).text).toBe('Ña€\n');
    }
  });

  it('flags ill-formed UTF-8 even far into the file', () => {
    const lateAccent = new Uint8Array(100_001).fill(0x61);
    lateAccent[100_000] = 0xd1; // Windows-1252 Ñ; the byte after it comes in the next chunk
    const result = decodeInChunks('utf-8', 0, [
      lateAccent.subarray(0, 50_000),
      lateAccent.subarray(50_000),
      utf8('a\n'),
    ]);
    expect(result.invalidUtf8).toBe(true);
    expect(result.text.endsWith('\uFFFDa\n')).toBe(true);
  });

  it('flags a sequence broken across chunks', () => {
    for (const chunks of [
      [bytes(0x61, 0xe2), bytes(0x41)],
      [bytes(0xe2), bytes(0x82), bytes(0x41)],
      [bytes(0x61, 0xe0), bytes(0x80, 0x80)], // overlong
    ]) {
      expect(decodeInChunks('utf-8', 0, chunks).invalidUtf8).toBe(true);
    }
  });

  it('does not flag a real U+FFFD in the file, nor a character cut by the end of the file', () => {
    const withReplacement = utf8('a\uFFFDb');
    for (let cut = 0; cut <= withReplacement.length; cut++) {
      const result = decodeInChunks('utf-8', 0, splitAt(withReplacement, cut));
      expect(result).toEqual({ text: 'a\uFFFDb', invalidUtf8: false });
    }
    const truncated = decodeInChunks('utf-8', 0, [utf8('precio €').subarray(0, 9)]);
    expect(truncated).toEqual({ text: 'precio \uFFFD', invalidUtf8: false });
  });

  it('never flags invalid UTF-8 in other encodings', () => {
    expect(decodeInChunks('windows-1252', 0, [bytes(0xff, 0xc3)]).invalidUtf8).toBe(false);
  });

  it('decodes NUL as U+FFFD in every encoding (PostgreSQL text cannot hold it)', () => {
    expect(decodeInChunks('utf-8', 0, [utf8('a\u0000b;c'), bytes(0)]).text).toBe('a\uFFFDb;c\uFFFD');
    expect(decodeInChunks('windows-1252', 0, [bytes(0x41, 0x00, 0xf1)]).text).toBe('A\uFFFDñ');
    // In UTF-16 a 0x00 byte is half of most characters: only a U+0000 character is replaced.
    expect(decodeInChunks('utf-16le', 2, [bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0x00)]).text).toBe('A\uFFFD');
    expect(decodeInChunks('utf-8', 0, [utf8('a\u0000b')]).invalidUtf8).toBe(false);
  });
});
