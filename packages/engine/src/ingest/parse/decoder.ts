import type { TextEncodingName } from '../types';
import { findInvalidUtf8, incompleteUtf8TailLength } from './utf8';
import { createWindows1252Decoder } from './windows-1252';

const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * PostgreSQL text and jsonb cannot hold U+0000, and no sales export means one: a NUL decodes as
 * U+FFFD, so a header, a value or a rejected line's raw text is always storable.
 */
export function replaceNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', REPLACEMENT_CHARACTER) : text;
}

/**
 * Streams bytes to text in one encoding, chunks split anywhere (even inside a character).
 * In UTF-8 mode it also notices ill-formed bytes: detection only saw a sample, and a file whose
 * first accented letter comes late may really be Windows-1252; the caller then re-reads it.
 */
export class ByteDecoder {
  private readonly encoding: TextEncodingName;
  private readonly decodeBytes: (bytes: Uint8Array, final: boolean) => string;
  private bomBytesLeft: number;
  private sawInvalidUtf8 = false;
  /** UTF-8 mode: the bytes of a character the last chunk started but did not finish. */
  private unfinishedUtf8: Uint8Array = new Uint8Array(0);

  constructor(encoding: TextEncodingName, bomLength: number) {
    this.encoding = encoding;
    this.bomBytesLeft = bomLength;
    if (encoding === 'windows-1252') {
      const decodeWindows1252 = createWindows1252Decoder();
      this.decodeBytes = (bytes) => decodeWindows1252(bytes);
    } else {
      // TextDecoder also drops a BOM the caller did not announce (bomLength 0), so no header
      // name ever starts with U+FEFF.
      const decoder = new TextDecoder(encoding);
      this.decodeBytes = (bytes, final) => decoder.decode(bytes, { stream: !final });
    }
  }

  /**
   * True once, in UTF-8 mode, some byte sequence was ill-formed (it was decoded as U+FFFD).
   * A character cut by the end of the file does not count: re-reading a truncated UTF-8 file
   * as Windows-1252 would garble every accent to fix one.
   */
  get invalidUtf8(): boolean {
    return this.sawInvalidUtf8;
  }

  decode(chunk: Uint8Array): string {
    const bytes = this.skipBom(chunk);
    if (bytes.length === 0) return '';
    const text = this.decodeBytes(bytes, false);
    if (this.encoding === 'utf-8') this.trackUtf8(bytes, text);
    return replaceNul(text);
  }

  end(): string {
    return replaceNul(this.decodeBytes(new Uint8Array(0), true));
  }

  private skipBom(chunk: Uint8Array): Uint8Array {
    if (this.bomBytesLeft === 0) return chunk;
    const skipped = Math.min(this.bomBytesLeft, chunk.length);
    this.bomBytesLeft -= skipped;
    return chunk.subarray(skipped);
  }

  /**
   * Checks bytes only when the decoder produced U+FFFD, which is rare: then either the bytes were
   * ill-formed or the file really contains U+FFFD (EF BF BD), and only the bytes can tell.
   */
  private trackUtf8(bytes: Uint8Array, text: string): void {
    if (!this.sawInvalidUtf8 && text.includes(REPLACEMENT_CHARACTER)) {
      const withUnfinished = concatBytes(this.unfinishedUtf8, bytes);
      if (findInvalidUtf8(withUnfinished, true) !== -1) this.sawInvalidUtf8 = true;
    }
    // A sequence is at most 4 bytes, so an unfinished one lies within the last 3 bytes of a chunk
    // that long; only a shorter chunk needs the previous leftover in front.
    const tailSource = bytes.length >= 3 ? bytes : concatBytes(this.unfinishedUtf8, bytes);
    const tailLength = incompleteUtf8TailLength(tailSource);
    this.unfinishedUtf8 = tailSource.slice(tailSource.length - tailLength);
  }
}

function concatBytes(first: Uint8Array, second: Uint8Array): Uint8Array {
  if (first.length === 0) return second;
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first, 0);
  joined.set(second, first.length);
  return joined;
}
