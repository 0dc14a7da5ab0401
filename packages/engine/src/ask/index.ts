export { type AskVocabulary, EMPTY_VOCABULARY } from './entities';
export type { NamedPair } from './entity-filters';
export { foldAccents, normalizeQuestion } from './normalize';
export {
  detectLanguage,
  type ParseContext,
  type ParsedQuestion,
  parseQuestion,
  type UnanswerableReason,
} from './parse-question';
export { sameDaysQuery } from './same-days';
