/** Schema detection: which record is the header, which field each column feeds, and its formats. */
export { FIELD_VALUE_KIND, type FieldValueKind } from './assign-fields';
export { fieldLabel } from './field-labels';
export { foldText, headerTokens } from './fold-text';
export { FOREIGN_CONCEPT_WORDS, HEADER_SYNONYMS } from './header-synonyms';
export {
  ALL_FIELDS,
  type HeaderMatch,
  MIN_HEADER_CONFIDENCE,
  matchHeaders,
  scoreHeaderForField,
  scoreHeaderRow,
} from './match-headers';
export { TableProfiler, type TableProfilerOptions, unnamedColumn } from './table-profiler';
