/**
 * Windows-1252 decoding. Node ≥ 20.18.3 decodes 'windows-1252' as Latin-1 (nodejs/node#60888):
 * bytes 0x80-0x9F come out as C1 control codes instead of €, curly quotes, dashes, ™, Š, Ž, Ÿ...
 * So the bytes are read as Latin-1 (each byte the code point of the same value) and that range
 * is remapped here. The five bytes WHATWG leaves undefined map to themselves either way.
 */

// WHATWG index-windows-1252 for 0x80..0x9F.
const C1_TO_WINDOWS_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

const C1_CHARACTER = /[\u0080-\u009f]/;
const C1_CHARACTERS = /[\u0080-\u009f]/g;

function toWindows1252(c1: string): string {
  return String.fromCharCode(C1_TO_WINDOWS_1252[c1.charCodeAt(0) - 0x80] as number);
}

/** The part of Node's Buffer used here; looked up at run time so the engine needs no Node types. */
interface Latin1Buffers {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'latin1'): string };
}
const nodeBuffer = (globalThis as { Buffer?: Latin1Buffers }).Buffer;

/**
 * Bytes as Latin-1 text. Node's Buffer copies them straight into a one-byte string, an order of
 * magnitude faster than TextDecoder; elsewhere TextDecoder('windows-1252'), which differs from
 * Latin-1 in the 0x80-0x9F range only, and that range is remapped anyway.
 */
function createLatin1Decoder(): (bytes: Uint8Array) => string {
  if (nodeBuffer)
    return (bytes) => nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const decoder = new TextDecoder('windows-1252');
  return (bytes) => decoder.decode(bytes);
}

export function createWindows1252Decoder(): (bytes: Uint8Array) => string {
  const decodeLatin1 = createLatin1Decoder();
  return (bytes) => {
    const text = decodeLatin1(bytes);
    return C1_CHARACTER.test(text) ? text.replace(C1_CHARACTERS, toWindows1252) : text;
  };
}
