import type { AskLanguage, AskValue } from '@ayni/contracts';

/**
 * The numbers a model wrote, read back: "$12.345.678", "8,2 %", "12,345,678.5". es-CL groups
 * with "." and uses "," for decimals; en the reverse.
 */
export function numbersIn(text: string, language: AskLanguage): number[] {
  const group = language === 'es' ? '.' : ',';
  const decimal = language === 'es' ? ',' : '.';
  const found: number[] = [];
  for (const match of text.matchAll(/\d[\d.,]*\d|\d/g)) {
    let token = match[0];
    // A grouping mark must be followed by exactly three digits; otherwise it ends the number.
    const groups = new RegExp(`\\${group}(?=\\d{3}(?!\\d))`, 'g');
    token = token.replace(groups, '');
    token = token.replace(decimal, '.');
    const value = Number(token.replace(/[.,]+$/, ''));
    if (!Number.isNaN(value)) found.push(value);
  }
  return found;
}

/** Every figure the answer may quote: values, previous values, changes, at 0 to 2 decimals. */
function allowed(values: AskValue[], extra: number[]): number[] {
  const out: number[] = [...extra];
  for (const v of values) {
    for (const n of [v.value, v.previous, v.change_pct]) {
      if (n === null || n === undefined) continue;
      out.push(Math.abs(n));
      if (v.previous !== null && v.previous !== undefined && v.value !== null)
        out.push(Math.abs(v.value - v.previous));
    }
  }
  return out.flatMap((n) => [n, Math.round(n), Math.round(n * 10) / 10, Math.round(n * 100) / 100]);
}

/**
 * True when every number in `text` is one of the query's figures (rounded as displayed) or one
 * the question or the periods themselves name (years, days, a top-N): a model's sentence is
 * returned only then.
 */
export function numbersMatch(
  text: string,
  language: AskLanguage,
  values: AskValue[],
  extra: number[],
): boolean {
  const ok = allowed(values, extra);
  return numbersIn(text, language).every((n) => ok.some((a) => Math.abs(a - n) < 1e-9));
}
