/**
 * How one XLSX cell value becomes text for the engine: strings as they are, numbers as
 * `String(n)`, booleans 'true'/'false', date-formatted numbers as naive wall-clock
 * `yyyy-mm-ddTHH:MM:SS`, formulas as their cached result, nothing as ''.
 */

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Days from each Excel epoch to 1970-01-01 (the 1900 one includes Lotus's phantom 1900-02-29). */
const UNIX_EPOCH_SERIAL = { 1900: 25569, 1904: 24107 } as const;

/** True for number formats that display dates or times (dd/mm/yyyy, h:mm, [h]:mm:ss...). */
export function isDateNumberFormat(format: string | undefined): boolean {
  if (!format) return false;
  const significant = format
    .replace(/"[^"]*"/g, '') // quoted literals: "Total: "
    .replace(/\\./g, '') // escaped characters: \d
    .replace(/\[(?!(h+|m+|s+)\])[^\]]*\]/gi, ''); // [Red], [$-409]; elapsed [h] [mm] [ss] stay
  return /[dmyhs]/i.test(significant);
}

/** Wall-clock text of a Date whose UTC fields hold the sheet's (zone-less) time, to the second. */
export function naiveIso(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  if (Number.isNaN(rounded.getTime())) return '';
  return rounded.toISOString().slice(0, 19);
}

export function excelSerialToNaiveIso(serial: number, date1904: boolean): string {
  const epoch = date1904 ? UNIX_EPOCH_SERIAL[1904] : UNIX_EPOCH_SERIAL[1900];
  return naiveIso(new Date((serial - epoch) * MS_PER_DAY));
}

/** Text of the value exceljs's streaming reader gives for a cell (`numFmt` = the cell's format). */
export function cellText(value: unknown, numFmt: string | undefined, date1904: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    return isDateNumberFormat(numFmt) ? excelSerialToNaiveIso(value, date1904) : String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return naiveIso(value);
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: string }[]; result?: unknown; error?: string; text?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((run) => run.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v || 'result' in v) return cellText(v.result, numFmt, date1904);
    if (typeof v.error === 'string') return v.error; // #N/A, #DIV/0!...
    if (v.text !== undefined) return cellText(v.text, numFmt, date1904);
  }
  return '';
}
