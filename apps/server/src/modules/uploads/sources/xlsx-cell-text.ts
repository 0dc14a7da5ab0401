/**
 * How one XLSX cell becomes text for the engine: strings as they are, numbers as `String(n)`
 * (12990.5), booleans 'true'/'false', date-formatted numbers as naive wall-clock
 * `yyyy-mm-ddTHH:MM:SS` (sheets carry no time zone), formulas as their cached result, errors as
 * their code (#N/A), nothing as ''.
 */

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Days from each Excel epoch to 1970-01-01 (the 1900 one counts Lotus's phantom 1900-02-29). */
const UNIX_EPOCH_SERIAL = { 1900: 25569, 1904: 24107 } as const;

export interface CellContext {
  sharedStrings: string[];
  date1904: boolean;
}

/**
 * `type` is the cell's `t` attribute, `value` the text of its <v> (a formula's cached result
 * too), `inline` the text of an inline string, `isDate` whether its style shows a date.
 */
export function cellText(
  type: string,
  value: string,
  inline: string,
  isDate: boolean,
  context: CellContext,
): string {
  switch (type) {
    case 's':
      return context.sharedStrings[Number(value)] ?? '';
    case 'inlineStr':
      return decodeOoxmlEscapes(inline);
    case 'str':
      return decodeOoxmlEscapes(value);
    case 'b':
      return value === '' ? '' : value === '1' || value === 'true' ? 'true' : 'false';
    case 'e':
      return value;
    case 'd':
      return isoDateCell(value);
    default: {
      if (value === '') return '';
      const number = Number(value);
      if (Number.isNaN(number)) return value;
      return isDate ? excelSerialToNaiveIso(number, context.date1904) : String(number);
    }
  }
}

/** True for number formats that display dates or times (dd/mm/yyyy, h:mm, [h]:mm:ss...). */
export function isDateNumberFormat(format: string): boolean {
  const significant = format
    .replace(/"[^"]*"/g, '') // quoted literals: "Total: "
    .replace(/\\./g, '') // escaped characters: \d
    .replace(/\[(?!(h+|m+|s+)\])[^\]]*\]/gi, ''); // [Red], [$-409]; elapsed [h] [mm] [ss] stay
  return /[dmyhs]/i.test(significant);
}

export function excelSerialToNaiveIso(serial: number, date1904: boolean): string {
  const epoch = date1904 ? UNIX_EPOCH_SERIAL[1904] : UNIX_EPOCH_SERIAL[1900];
  // Whole seconds: serials are binary fractions of a day, so 13:45:10 may come as 13:45:09.9999.
  const ms = Math.round(((serial - epoch) * MS_PER_DAY) / 1000) * 1000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 19);
}

/** Strict OOXML `t="d"` cells hold ISO 8601 text already; keep its wall-clock part. */
function isoDateCell(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00`;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value) ? value.slice(0, 19) : value;
}

/** Excel writes characters XML cannot hold as `_xHHHH_` (`_x000D_` for CR, `_x005F_` for '_'). */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
