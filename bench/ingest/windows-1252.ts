/**
 * Windows-1252 encoding, written here because Node has no encoder for it (TextEncoder is UTF-8
 * only) and a real Chilean POS export is in this code page, not UTF-8.
 */

// 0x80..0x9F hold typographic characters in Windows-1252 (not the Latin-1 C1 controls);
// the five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are left out.
const HIGH_RANGE: ReadonlyArray<readonly [number, number]> = [
  [0x20ac, 0x80], // €
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85], // …
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96], // –
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
];
const HIGH_BYTE = new Map<number, number>(HIGH_RANGE);

function byteOf(code: number): number {
  // ASCII and Latin-1 0xA0..0xFF (ñ, á, é, í, ó, ú, °, ...) keep their code as the byte.
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  const byte = HIGH_BYTE.get(code);
  if (byte === undefined) {
    throw new RangeError(`U+${code.toString(16).padStart(4, '0')} has no Windows-1252 byte`);
  }
  return byte;
}

/** Encodes `text`; throws on a character Windows-1252 cannot hold rather than writing '?'. */
export function encodeWindows1252(text: string): Buffer {
  const bytes = Buffer.allocUnsafe(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 0x80 ? code : byteOf(code);
  }
  return bytes;
}
