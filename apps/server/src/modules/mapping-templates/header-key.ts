/** Separates the normalized headers inside a header key (ASCII unit separator). */
export const HEADER_KEY_SEPARATOR = '\u001f';

/** A header as it is compared: trimmed, lowercase, accents folded, inner spaces collapsed. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * How a file is recognized regardless of column order, case and accents: its normalized headers,
 * sorted and joined with `\u001f`.
 */
export function headerKey(headers: string[]): string {
  return headers
    .map(normalizeHeader)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .join(HEADER_KEY_SEPARATOR);
}
