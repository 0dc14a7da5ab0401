import { fieldLabel } from '../schema/field-labels';
import type { IssueSeverity, LineIssue } from '../types';

/** Cell text quoted in messages, cut so one absurd cell cannot flood a report. */
function quoted(text: string): string {
  const trimmed = text.trim();
  return `"${trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed}"`;
}

function issue(
  severity: IssueSeverity,
  code: string,
  line: number,
  column: string | null,
  message_es: string,
  message_en: string,
): LineIssue {
  return {
    severity,
    code,
    line,
    column,
    message_es: `Línea ${line}: ${message_es}`,
    message_en: `Line ${line}: ${message_en}`,
  };
}

export const lineIssues = {
  repeatedHeader: (line: number) =>
    issue(
      'skipped',
      'REPEATED_HEADER',
      line,
      null,
      'encabezado repetido, omitida.',
      'repeated header, skipped.',
    ),
  emptyRow: (line: number) =>
    issue('skipped', 'EMPTY_ROW', line, null, 'fila sin datos, omitida.', 'row without data, skipped.'),
  totalsRow: (line: number) =>
    issue(
      'skipped',
      'TOTALS_ROW',
      line,
      null,
      'fila de totales, omitida (no es una venta).',
      'totals row, skipped (not a sale).',
    ),
  missingRequired: (line: number, column: string | null, field: string) =>
    column === null
      ? issue(
          'rejected',
          'MISSING_REQUIRED',
          line,
          null,
          `falta el campo obligatorio ${fieldLabel(field, 'es')} (ninguna columna lo contiene).`,
          `required field ${fieldLabel(field, 'en')} is missing (no column holds it).`,
        )
      : issue(
          'rejected',
          'MISSING_REQUIRED',
          line,
          column,
          `la columna obligatoria "${column}" está vacía.`,
          `required column "${column}" is empty.`,
        ),
  invalidDate: (line: number, column: string, text: string) =>
    issue(
      'rejected',
      'INVALID_DATE',
      line,
      column,
      `la columna "${column}" no tiene una fecha válida (${quoted(text)}).`,
      `column "${column}" does not hold a valid date (${quoted(text)}).`,
    ),
  invalidNumber: (line: number, column: string, text: string) =>
    issue(
      'rejected',
      'INVALID_NUMBER',
      line,
      column,
      `la columna "${column}" no tiene un número válido (${quoted(text)}).`,
      `column "${column}" does not hold a valid number (${quoted(text)}).`,
    ),
  futureDate: (line: number, column: string, text: string) =>
    issue(
      'rejected',
      'FUTURE_DATE',
      line,
      column,
      `la fecha de la columna "${column}" (${quoted(text)}) está en el futuro.`,
      `the date in column "${column}" (${quoted(text)}) is in the future.`,
    ),
  quantityOutOfRange: (line: number, column: string, quantity: number) =>
    issue(
      'warning',
      'QUANTITY_OUT_OF_RANGE',
      line,
      column,
      `la cantidad ${quantity} de la columna "${column}" es inusualmente grande; revísela.`,
      `quantity ${quantity} in column "${column}" is unusually large; please check it.`,
    ),
  zeroQuantity: (line: number, column: string) =>
    issue(
      'warning',
      'ZERO_QUANTITY',
      line,
      column,
      `la cantidad de la columna "${column}" es 0; el precio unitario queda en 0 si no viene en el archivo.`,
      `the quantity in column "${column}" is 0; the unit price is 0 unless the file gives one.`,
    ),
  missingOptional: (line: number, columns: string[]) =>
    issue(
      'warning',
      'MISSING_OPTIONAL',
      line,
      columns.join(', '),
      `sin valor en ${columns.map((name) => `"${name}"`).join(', ')}.`,
      `no value in ${columns.map((name) => `"${name}"`).join(', ')}.`,
    ),
};
