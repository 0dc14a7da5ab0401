/**
 * UTF-8 well-formedness per the WHATWG Encoding Standard (the rules TextDecoder applies), so that
 * "valid" here and "no U+FFFD from the decoder" mean the same thing.
 */

/**
 * Index of the first byte of the first ill-formed UTF-8 sequence, or -1 when there is none.
 * With `allowTruncatedEnd`, a sequence that is well-formed so far but cut by the end of `bytes`
 * is accepted: samples and stream chunks stop wherever the reader stopped, not between characters.
 */
export function findInvalidUtf8(bytes: Uint8Array, allowTruncatedEnd: boolean): number {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let continuationCount: number;
    // Bounds of the first continuation byte; they exclude overlong forms, surrogates and > U+10FFFF.
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) continuationCount = 1;
    else if (lead === 0xe0) {
      continuationCount = 2;
      low = 0xa0;
    } else if (lead === 0xed) {
      continuationCount = 2;
      high = 0x9f;
    } else if (lead >= 0xe1 && lead <= 0xef) continuationCount = 2;
    else if (lead === 0xf0) {
      continuationCount = 3;
      low = 0x90;
    } else if (lead === 0xf4) {
      continuationCount = 3;
      high = 0x8f;
    } else if (lead >= 0xf1 && lead <= 0xf3) continuationCount = 3;
    else return i;
    for (let k = 1; k <= continuationCount; k++) {
      if (i + k >= length) return allowTruncatedEnd ? -1 : i;
      const byte = bytes[i + k] as number;
      if (byte < low || byte > high) return i;
      low = 0x80;
      high = 0xbf;
    }
    i += continuationCount + 1;
  }
  return -1;
}

/**
 * How many bytes at the end of `bytes` start a multi-byte sequence that is not complete yet
 * (0..3). Only the lead byte's announced length is looked at; validity is findInvalidUtf8's job.
 */
export function incompleteUtf8TailLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let k = 1; k <= 3 && k <= length; k++) {
    const byte = bytes[length - k] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const announced = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return announced > k ? k : 0;
  }
  return 0;
}
