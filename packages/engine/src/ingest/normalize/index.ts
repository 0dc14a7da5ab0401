/** Normalization: one source record → a canonical sale line, a rejection or a skip. */

export { CustomerIds, canonicalCustomerId } from './customer-id';
export { roundMoney, roundQuantity, settleAmounts } from './line-amounts';
export { lineIssues } from './line-issues';
export { LineNormalizer, type LineNormalizerOptions, MAX_PLAUSIBLE_QUANTITY } from './line-normalizer';
export { type ParsingColumn, parsingColumns, parsingKey } from './parsing-key';
export { isRepeatedHeader, isTotalsLabel } from './row-kinds';
export { isReturnLabel } from './transaction-kind';
export { normalizeUnitType } from './unit-type';
