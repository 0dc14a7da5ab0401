export { type AskVocabulary, EMPTY_VOCABULARY } from './entities';
export { foldAccents, normalizeQuestion } from './normalize';
export {
  detectLanguage,
  type ParseContext,
  type ParsedQuestion,
  parseQuestion,
  type UnanswerableReason,
} from './parse-question';
export { sameDaysQuery } from './same-days';
