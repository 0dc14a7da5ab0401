import fc from 'fast-check';
import type { DateFormat, DateOrder, ParsedDateTime } from '../types';
import { daysInMonth } from './calendar';

/** Test support (not shipped logic): date-times written the way real exports write them. */
export interface DateStyle {
  name: string;
  format: DateFormat;
  /** The text, and what it should read back as (fields the style drops are zero). */
  write(p: ParsedDateTime): { text: string; expected: ParsedDateTime };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const dateTimeArbitrary: fc.Arbitrary<ParsedDateTime> = fc
  .record({
    year: fc.integer({ min: 1970, max: 2069 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    millisecond: fc.integer({ min: 0, max: 999 }),
    offsetMinutes: fc.integer({ min: -48, max: 56 }).map((quarters) => quarters * 15),
  })
  .map((p) => ({ ...p, day: Math.min(p.day, daysInMonth(p.year, p.month)) }));

type Precision = 'date' | 'minute' | 'second' | 'millisecond';

function truncate(p: ParsedDateTime, precision: Precision, keepOffset: boolean): ParsedDateTime {
  return {
    ...p,
    hour: precision === 'date' ? 0 : p.hour,
    minute: precision === 'date' ? 0 : p.minute,
    second: precision === 'date' || precision === 'minute' ? 0 : p.second,
    millisecond: precision === 'millisecond' ? p.millisecond : 0,
    offsetMinutes: keepOffset ? p.offsetMinutes : null,
  };
}

function dateFields(p: ParsedDateTime, order: DateOrder, separator: string, shortYear: boolean): string {
  const year = shortYear ? pad(p.year % 100) : String(p.year);
  const [a, b, c] =
    order === 'dmy'
      ? [pad(p.day), pad(p.month), year]
      : order === 'mdy'
        ? [pad(p.month), pad(p.day), year]
        : [year, pad(p.month), pad(p.day)];
  return `${a}${separator}${b}${separator}${c}`;
}

function clock24(p: ParsedDateTime, precision: Precision): string {
  if (precision === 'date') return '';
  let text = `${pad(p.hour)}:${pad(p.minute)}`;
  if (precision !== 'minute') text += `:${pad(p.second)}`;
  if (precision === 'millisecond') text += `.${pad(p.millisecond, 3)}`;
  return text;
}

function clock12(p: ParsedDateTime, am: string, pm: string): string {
  const hour = p.hour % 12 === 0 ? 12 : p.hour % 12;
  return `${hour}:${pad(p.minute)} ${p.hour < 12 ? am : pm}`;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function style(
  name: string,
  order: DateOrder,
  kind: DateFormat['kind'],
  precision: Precision,
  render: (p: ParsedDateTime) => string,
  keepOffset = false,
): DateStyle {
  return {
    name,
    format: { kind, order, pattern: name },
    write: (p) => ({ text: render(p), expected: truncate(p, precision, keepOffset) }),
  };
}

export const DATE_STYLES: readonly DateStyle[] = [
  style(
    'dd-mm-yyyy HH:MM',
    'dmy',
    'pattern',
    'minute',
    (p) => `${dateFields(p, 'dmy', '-', false)} ${clock24(p, 'minute')}`,
  ),
  style(
    'dd/mm/yyyy HH:MM:SS',
    'dmy',
    'pattern',
    'second',
    (p) => `${dateFields(p, 'dmy', '/', false)} ${clock24(p, 'second')}`,
  ),
  style('dd.mm.yy', 'dmy', 'pattern', 'date', (p) => dateFields(p, 'dmy', '.', true)),
  style(
    'dd-mm-yyyy hh:MM p. m.',
    'dmy',
    'pattern',
    'minute',
    (p) => `${dateFields(p, 'dmy', '-', false)} ${clock12(p, 'a.\u00a0m.', 'p.\u00a0m.')}`,
  ),
  style(
    'mm/dd/yyyy hh:MM AM',
    'mdy',
    'pattern',
    'minute',
    (p) => `${dateFields(p, 'mdy', '/', false)} ${clock12(p, 'AM', 'PM')}`,
  ),
  style('mm/dd/yy', 'mdy', 'pattern', 'date', (p) => dateFields(p, 'mdy', '/', true)),
  style('yyyy-mm-dd', 'ymd', 'pattern', 'date', (p) => dateFields(p, 'ymd', '-', false)),
  style(
    'yyyy/mm/dd HH:MM:SS.fff',
    'ymd',
    'pattern',
    'millisecond',
    (p) => `${dateFields(p, 'ymd', '/', false)} ${clock24(p, 'millisecond')}`,
  ),
  style(
    'yyyy-mm-ddTHH:MM:SS.fffZ',
    'ymd',
    'iso',
    'millisecond',
    (p) => `${dateFields(p, 'ymd', '-', false)}T${clock24(p, 'millisecond')}Z`,
    true,
  ),
  style(
    'yyyy-mm-ddTHH:MM:SS±hh:mm',
    'ymd',
    'iso',
    'second',
    (p) => `${dateFields(p, 'ymd', '-', false)}T${clock24(p, 'second')}${offsetText(p.offsetMinutes ?? 0)}`,
    true,
  ),
].map((s) =>
  s.name.endsWith('Z') ? { ...s, write: (p: ParsedDateTime) => s.write({ ...p, offsetMinutes: 0 }) } : s,
);
