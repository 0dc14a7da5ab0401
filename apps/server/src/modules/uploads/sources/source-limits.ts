/**
 * Bounds on what one uploaded file may make the reader do, so a hostile or broken file ends as a
 * clear file error instead of exhausting memory, disk or time. Each is far above any real sales
 * export (docs/uploads.md, "Límites", tells users).
 */

/**
 * Largest decompressed size of a gzip upload: 20 × the default upload limit (500 MB). The XLSX
 * reader spills the decompressed bytes to a temporary file, so this also bounds disk use.
 */
export const MAX_DECOMPRESSED_BYTES = 20 * 524_288_000;

/**
 * Sales exports compress 5–20× with gzip (and XLSX parts about as much); past 200× the data is
 * almost all repetition, i.e. a decompression bomb. Judged only once the output passes
 * RATIO_FLOOR_BYTES, so small, very repetitive files are never refused for their ratio.
 */
export const MAX_COMPRESSION_RATIO = 200;
export const RATIO_FLOOR_BYTES = 16 * 1024 * 1024;

/** More columns than this is a broken delimiter or a hostile file; exports have a few dozen. */
export const MAX_COLUMNS = 1000;

/**
 * Share of control characters (other than tab and line breaks) or undecodable bytes in the first
 * 64 KB above which the file is binary (an image, a PDF, a zip renamed .csv), not text.
 */
export const BINARY_CONTROL_SHARE = 0.1;

/** The shared string table is held in memory whole (any cell may point at any string). */
export const MAX_SHARED_STRINGS = 3_000_000;
export const MAX_SHARED_STRING_CHARS = 64 * 1024 * 1024;

/** Text of one sheet row (all its cells), like the CSV reader's record cap. */
export const MAX_ROW_CHARS = 2 * 1024 * 1024;

/** A text node or tag in the XML of a workbook part that the scanner must hold whole. */
export const MAX_XML_TOKEN_CHARS = 4 * 1024 * 1024;

/** An XLSX has a few dozen parts; a zip with thousands of entries is an entry bomb. */
export const MAX_ZIP_ENTRIES = 10_000;

/** True when `output` bytes from `input` compressed bytes look like a decompression bomb. */
export function expandsTooMuch(output: number, input: number): boolean {
  return (
    output > MAX_DECOMPRESSED_BYTES || (output > RATIO_FLOOR_BYTES && output > MAX_COMPRESSION_RATIO * input)
  );
}
