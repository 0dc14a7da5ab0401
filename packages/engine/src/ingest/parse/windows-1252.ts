/**
 * Windows-1252 decoding. Node ≥ 20.18.3 decodes 'windows-1252' as Latin-1 (nodejs/node#60888):
 * bytes 0x80-0x9F come out as C1 control codes instead of €, curly quotes, dashes, ™, Š, Ž, Ÿ...
 * We let TextDecoder do the bulk and remap that range ourselves. That stays right on a runtime
 * that decodes it properly: then the range only holds the five bytes WHATWG leaves undefined,
 * which map to themselves here too.
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

export function createWindows1252Decoder(): (bytes: Uint8Array) => string {
  const decoder = new TextDecoder('windows-1252');
  return (bytes) => {
    const text = decoder.decode(bytes);
    return C1_CHARACTER.test(text) ? text.replace(C1_CHARACTERS, toWindows1252) : text;
  };
}
