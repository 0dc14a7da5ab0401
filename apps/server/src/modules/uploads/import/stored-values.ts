import { roundedScaled } from '../../../lib/decimal-rounding';

/**
 * What PostgreSQL stores for a value the stage writes with `String(number)`: the decimal text
 * rounded to the column's scale, half away from zero (numeric input rounding), read back as a
 * double; non-finite numbers are written as NULL. Lets the import feed the feature engine the
 * lines exactly as a later read of `sale_lines` would give them.
 */
export function storedNumeric(value: number, scale: number): number | null {
  if (!Number.isFinite(value)) return null;
  const factor = 10 ** scale;
  const scaled = value * factor;
  if (Math.abs(scaled) < 2 ** 52) {
    // n / 10^scale is the double nearest to the decimal n·10^-scale (exact operands, one
    // correctly rounded division): when it is `value`, the text has at most `scale` decimals.
    const rounded = Math.round(scaled) / factor;
    if (rounded === value) return value === 0 ? 0 : value;
  }
  return roundDecimalText(String(value), scale);
}

/** Rounds a JavaScript number's text (maybe with an exponent) to `scale` decimals, as numeric. */
export function roundDecimalText(text: string, scale: number): number {
  const negative = text.startsWith('-');
  const kept = roundedScaled(negative ? text.slice(1) : text, scale);
  const padded = kept.toString().padStart(scale + 1, '0');
  const value = Number(`${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`);
  // numeric has no negative zero.
  return value === 0 ? 0 : negative ? -value : value;
}

/** A text as a COPY into PostgreSQL then a read back gives it: NUL and lone surrogates become U+FFFD. */
export function storedText(value: string | null): string | null {
  if (value === null) return null;
  // Two native scans: several times faster than a loop over the code units.
  if (value.isWellFormed() && !value.includes('\0')) return value;
  return Buffer.from(value.replaceAll('\0', '\uFFFD'), 'utf8').toString('utf8');
}
