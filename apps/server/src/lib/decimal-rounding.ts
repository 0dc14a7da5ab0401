/**
 * A non-negative JavaScript number's text (maybe with an exponent) rounded to `scale` decimals,
 * half up (away from zero), as numeric input rounds it; returned times 10^scale, exactly.
 */
export function roundedScaled(text: string, scale: number): bigint {
  const [mantissa = '', exponentText] = text.split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  // Position of the decimal point within `digits`.
  let point = whole.length + (exponentText === undefined ? 0 : Number(exponentText));
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (digits.length < point + scale) digits += '0'.repeat(point + scale - digits.length);
  const keep = point + scale;
  let kept = BigInt(digits.slice(0, keep) || '0');
  if (digits.length > keep && (digits.charCodeAt(keep) as number) >= 53 /* '5' */) kept += 1n;
  return kept;
}
