import type { CANONICAL_FIELDS, MappingTemplate } from '@ayni/contracts';

export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** Headers shown before "…" in a template's one-line summary. */
export const HEADERS_SHOWN = 6;

/** The first headers, joined, with "…" when some are left out. */
export function headerPreview(headers: readonly string[], shown = HEADERS_SHOWN): string {
  const head = headers.slice(0, shown).join(', ');
  return headers.length > shown ? `${head}, …` : head;
}

/** The fields a template feeds, in the order of its columns, each once. */
export function mappedFields(template: Pick<MappingTemplate, 'mapping'>): CanonicalField[] {
  const fields = Object.values(template.mapping)
    .map((column) => column.field)
    .filter((field): field is CanonicalField => field !== null);
  return [...new Set(fields)];
}
