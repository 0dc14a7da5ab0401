import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWindows1252Decoder } from './windows-1252';

// WHATWG index-windows-1252 for 0x80..0x9F (the rest of the bytes are their own code points).
const WHATWG_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** The standard's decoding, byte by byte: the slow, obvious reference. */
function referenceDecode(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? (WHATWG_C1[byte - 0x80] as number) : byte);
  }
  return text;
}

describe('createWindows1252Decoder', () => {
  it('decodes every byte value as the WHATWG windows-1252 index does', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(createWindows1252Decoder()(all)).toBe(referenceDecode(all));
  });

  it('agrees with the reference on random bytes, views into larger buffers included', () => {
    const decode = createWindows1252Decoder();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(20), fc.nat(20), (data, before, after) => {
        const backing = new Uint8Array(before + data.length + after).fill(0x80);
        backing.set(data, before);
        const view = backing.subarray(before, before + data.length);
        expect(decode(view)).toBe(referenceDecode(data));
      }),
    );
  });
});
