/**
 * Currency signs tolerated around numbers. Matched case-insensitively by char codes so the hot
 * path of `parseNumber` never builds a substring or runs a regex.
 */

/** Longest first, so 'CLP$' wins over 'CLP' and 'US$' over '$'. Upper case, as reported. */
export const CURRENCY_TOKENS = ['CLP$', 'US$', 'CL$', 'CLP', 'USD', 'EUR', '$', '€'] as const;

export type CurrencyToken = (typeof CURRENCY_TOKENS)[number];

function upperAscii(code: number): number {
  return code >= 97 && code <= 122 ? code - 32 : code;
}

function tokenMatchesAt(text: string, position: number, token: string): boolean {
  for (let k = 0; k < token.length; k++) {
    if (upperAscii(text.charCodeAt(position + k)) !== token.charCodeAt(k)) return false;
  }
  return true;
}

/** Index in CURRENCY_TOKENS of the token starting at `start` (not reaching past `end`), or -1. */
export function currencyTokenStartingAt(text: string, start: number, end: number): number {
  for (let t = 0; t < CURRENCY_TOKENS.length; t++) {
    const token = CURRENCY_TOKENS[t] as string;
    if (start + token.length <= end && tokenMatchesAt(text, start, token)) return t;
  }
  return -1;
}

/** Index in CURRENCY_TOKENS of the token ending just before `end` (not before `start`), or -1. */
export function currencyTokenEndingAt(text: string, start: number, end: number): number {
  for (let t = 0; t < CURRENCY_TOKENS.length; t++) {
    const token = CURRENCY_TOKENS[t] as string;
    if (end - token.length >= start && tokenMatchesAt(text, end - token.length, token)) return t;
  }
  return -1;
}
