/**
 * The pieces of a date-time text before the field order is known: three date fields (with
 * their digit counts), the optional time, meridiem and zone. Filled in place by `lexDateText`
 * so the per-line path allocates nothing but the final result.
 */
export interface DateTokens {
  first: number;
  firstDigits: number;
  second: number;
  secondDigits: number;
  third: number;
  thirdDigits: number;
  /** Char code of the date separator: '/', '-' or '.'. */
  separator: number;
  hasTime: boolean;
  /** 'T' between date and time (ISO 8601). */
  isoT: boolean;
  hour: number;
  minute: number;
  hasSeconds: boolean;
  seconds: number;
  fractionDigits: number;
  millisecond: number;
  /** 0 = none, 1 = AM, 2 = PM. */
  meridiem: 0 | 1 | 2;
  hasOffset: boolean;
  offsetMinutes: number;
}

export function emptyDateTokens(): DateTokens {
  return {
    first: 0,
    firstDigits: 0,
    second: 0,
    secondDigits: 0,
    third: 0,
    thirdDigits: 0,
    separator: 0,
    hasTime: false,
    isoT: false,
    hour: 0,
    minute: 0,
    hasSeconds: false,
    seconds: 0,
    fractionDigits: 0,
    millisecond: 0,
    meridiem: 0,
    hasOffset: false,
    offsetMinutes: 0,
  };
}
