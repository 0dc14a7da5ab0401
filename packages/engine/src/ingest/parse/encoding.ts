import type { TextEncodingName } from '../types';
import { findInvalidUtf8 } from './utf8';

export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** Bytes of byte-order mark at the start of the file, to skip before decoding. */
  bomLength: number;
}

/**
 * Without a BOM, UTF-16 text of mostly Latin characters has a zero in every other byte. Random
 * or single-byte text has almost none, so both thresholds leave a wide margin.
 */
const UTF16_ZERO_SHARE_MIN = 0.3;
const UTF16_OTHER_ZERO_SHARE_MAX = 0.05;

/**
 * Guesses the encoding of a file from its first bytes. A BOM wins; then BOM-less UTF-16; then
 * UTF-8 if every sequence is well-formed; otherwise Windows-1252, which also reads ISO-8859-1
 * (the two differ only in 0x80-0x9F, control codes nobody writes in a sales file).
 */
export function detectEncoding(sample: Uint8Array): DetectedEncoding {
  const [b0, b1, b2] = sample;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // Before the UTF-8 check: ASCII in UTF-16 is, byte by byte, well-formed UTF-8 with NULs.
  const utf16 = guessBomlessUtf16(sample);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (findInvalidUtf8(sample, true) === -1) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: 'windows-1252', bomLength: 0 };
}

function guessBomlessUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const even = evenZeros / pairs;
  const odd = oddZeros / pairs;
  if (odd >= UTF16_ZERO_SHARE_MIN && even <= UTF16_OTHER_ZERO_SHARE_MAX) return 'utf-16le';
  if (even >= UTF16_ZERO_SHARE_MIN && odd <= UTF16_OTHER_ZERO_SHARE_MAX) return 'utf-16be';
  return null;
}
