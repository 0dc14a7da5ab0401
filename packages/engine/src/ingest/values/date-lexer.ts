import type { DateTokens } from './date-tokens';
import { isSpaceCode } from './spaces';

const SLASH = 47;
const DASH = 45;
const DOT = 46;
const COMMA = 44;
const COLON = 58;
const PLUS = 43;

/** Lexes `text` into `into`; false when it is not shaped like `d?d sep d?d sep yy(yy) [time]`. */
export function lexDateText(text: string, into: DateTokens): boolean {
  const end = trimmedEnd(text);
  const reader = cursor;
  reader.text = text;
  reader.position = skipSpaces(text, 0, end);
  reader.end = end;

  if (!readNumber(reader, 1, 4)) return false;
  into.first = lastValue;
  into.firstDigits = lastDigits;
  const separator = text.charCodeAt(reader.position);
  if (separator !== SLASH && separator !== DASH && separator !== DOT) return false;
  reader.position++;
  if (!readNumber(reader, 1, 2)) return false;
  into.second = lastValue;
  into.secondDigits = lastDigits;
  if (text.charCodeAt(reader.position) !== separator) return false;
  reader.position++;
  if (!readNumber(reader, 1, 4)) return false;
  into.third = lastValue;
  into.thirdDigits = lastDigits;
  into.separator = separator;
  into.hasTime = false;
  into.isoT = false;
  into.hour = 0;
  into.minute = 0;
  into.hasSeconds = false;
  into.seconds = 0;
  into.fractionDigits = 0;
  into.millisecond = 0;
  into.meridiem = 0;
  into.hasOffset = false;
  into.offsetMinutes = 0;

  let i = reader.position;
  if (i === end) return true;
  const joiner = text.charCodeAt(i);
  if (joiner === 84 || joiner === 116) {
    into.isoT = true;
    i++;
  } else {
    if (joiner === COMMA) i++;
    const afterSpaces = skipSpaces(text, i, end);
    if (afterSpaces === i) return false;
    i = afterSpaces;
  }
  reader.position = i;
  return lexTime(reader, into);
}

interface Reader {
  text: string;
  position: number;
  end: number;
}

// Cursor and results of the last readNumber; module-level so lexing allocates nothing.
const cursor: Reader = { text: '', position: 0, end: 0 };
let lastValue = 0;
let lastDigits = 0;

function readNumber(reader: Reader, minDigits: number, maxDigits: number): boolean {
  let value = 0;
  let digits = 0;
  let i = reader.position;
  while (i < reader.end) {
    const code = reader.text.charCodeAt(i);
    if (code < 48 || code > 57) break;
    if (++digits > maxDigits) return false;
    value = value * 10 + (code - 48);
    i++;
  }
  if (digits < minDigits) return false;
  reader.position = i;
  lastValue = value;
  lastDigits = digits;
  return true;
}

function lexTime(reader: Reader, into: DateTokens): boolean {
  const { text, end } = reader;
  if (!readNumber(reader, 1, 2)) return false;
  into.hour = lastValue;
  if (text.charCodeAt(reader.position++) !== COLON || !readNumber(reader, 2, 2)) return false;
  into.minute = lastValue;
  into.hasTime = true;
  if (text.charCodeAt(reader.position) === COLON) {
    reader.position++;
    if (!readNumber(reader, 2, 2)) return false;
    into.hasSeconds = true;
    into.seconds = lastValue;
    const mark = text.charCodeAt(reader.position);
    if (mark === DOT || mark === COMMA) {
      reader.position++;
      if (!lexFraction(reader, into)) return false;
    }
  }
  let i = skipSpaces(text, reader.position, end);
  const meridiemEnd = lexMeridiem(text, i, end, into);
  if (meridiemEnd > i) i = skipSpaces(text, meridiemEnd, end);
  if (i < end) {
    reader.position = i;
    if (!lexOffset(reader, into)) return false;
    i = reader.position;
  }
  return i === end;
}

/** Fractional seconds of any length; milliseconds keep the first three digits. */
function lexFraction(reader: Reader, into: DateTokens): boolean {
  let millisecond = 0;
  let digits = 0;
  while (reader.position < reader.end) {
    const code = reader.text.charCodeAt(reader.position);
    if (code < 48 || code > 57) break;
    if (digits < 3) millisecond = millisecond * 10 + (code - 48);
    digits++;
    reader.position++;
  }
  if (digits === 0) return false;
  for (let d = digits; d < 3; d++) millisecond *= 10;
  into.fractionDigits = digits;
  into.millisecond = millisecond;
  return true;
}

/** 'AM', 'pm', 'a.m.', 'p. m.' (Spanish locales, often with NBSP); returns the index after it. */
function lexMeridiem(text: string, start: number, end: number, into: DateTokens): number {
  const letter = text.charCodeAt(start) | 32;
  if (letter !== 97 && letter !== 112) return start;
  let i = start + 1;
  if (text.charCodeAt(i) === DOT) i++;
  i = skipSpaces(text, i, end);
  if ((text.charCodeAt(i) | 32) !== 109) return start;
  i++;
  if (text.charCodeAt(i) === DOT) i++;
  into.meridiem = letter === 97 ? 1 : 2;
  return i;
}

/** 'Z', '+03:00', '-0300', '-03'. */
function lexOffset(reader: Reader, into: DateTokens): boolean {
  const { text } = reader;
  const sign = text.charCodeAt(reader.position);
  if (sign === 90 || sign === 122) {
    reader.position++;
    into.hasOffset = true;
    into.offsetMinutes = 0;
    return true;
  }
  if (sign !== PLUS && sign !== DASH && sign !== 0x2212) return false;
  reader.position++;
  const hours = readTwoDigits(reader);
  let minutes = 0;
  if (reader.position < reader.end) {
    if (text.charCodeAt(reader.position) === COLON) reader.position++;
    minutes = readTwoDigits(reader);
  }
  if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) return false;
  into.hasOffset = true;
  into.offsetMinutes = (sign === PLUS ? 1 : -1) * (hours * 60 + minutes);
  return true;
}

/** Exactly two digits (as in '+0300'); -1 when they are not there. */
function readTwoDigits(reader: Reader): number {
  const tens = reader.text.charCodeAt(reader.position) - 48;
  const units = reader.text.charCodeAt(reader.position + 1) - 48;
  if (reader.position + 2 > reader.end || !(tens >= 0 && tens <= 9 && units >= 0 && units <= 9)) return -1;
  reader.position += 2;
  return tens * 10 + units;
}

function skipSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}
