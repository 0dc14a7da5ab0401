import type { ErrorDetail, MappingSpecInput } from '@ayni/contracts';
import { AppError } from '../../lib/app-error';

/**
 * A template's mapping must name only its own headers, and each canonical field may be fed by
 * at most one header. Throws 400 VALIDATION_ERROR naming the offending headers.
 */
export function checkMapping(headers: string[], mapping: MappingSpecInput): void {
  const known = new Set(headers);
  const unknown = Object.keys(mapping).filter((header) => !known.has(header));
  if (unknown.length > 0) {
    const list = unknown.map((h) => `"${h}"`).join(', ');
    throw new AppError('VALIDATION_ERROR', `The mapping names columns that are not in the headers: ${list}`, {
      messageEs: `La asignación usa columnas que no están entre los encabezados: ${list}`,
      details: unknown.map((header) => ({
        field: `body.mapping.${header}`,
        message: `"${header}" is not one of the template's headers`,
      })),
    });
  }

  const byField = new Map<string, string[]>();
  for (const [header, column] of Object.entries(mapping)) {
    if (!column.field) continue;
    byField.set(column.field, [...(byField.get(column.field) ?? []), header]);
  }
  const repeated: ErrorDetail[] = [...byField]
    .filter(([, sources]) => sources.length > 1)
    .map(([field, sources]) => ({
      field: 'body.mapping',
      message: `${field} is mapped by more than one column: ${sources.map((h) => `"${h}"`).join(', ')}`,
    }));
  if (repeated.length > 0) {
    throw new AppError('VALIDATION_ERROR', 'Each field can be fed by only one column', {
      messageEs: 'Cada campo puede venir de una sola columna',
      details: repeated,
    });
  }
}
