/** Reading numbers and dates out of ingestion cells, and deciding each column's format. */
export { CURRENCY_TOKENS } from './currency-tokens';
export { parseDateTime } from './date-parse';
export {
  type DateProfile,
  DateProfiler,
  type DateProfilerOptions,
  type DateReading,
  measureDate,
  measureDateInto,
} from './date-profile';
export { parseExcelSerial } from './excel-serial';
export { parseNumber } from './number-parse';
export {
  measureNumber,
  measureNumberInto,
  NUMBER_FAILURE_TOLERANCE,
  type NumberProfile,
  NumberProfiler,
  type NumberReading,
} from './number-profile';
export { SANTIAGO_TIME_ZONE, santiagoToUtc, utcToSantiagoParts } from './santiago-time';
export { isBlank } from './spaces';
