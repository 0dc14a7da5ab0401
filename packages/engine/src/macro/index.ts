export { type Buff, type BuffEffect, type BuffsResult, buffsAndDebuffs, type IndicatorMove } from './buffs';
export {
  addDays as addCalendarDays,
  addMonths,
  monthOf,
  sameLastYear as samePeriodLastYear,
} from './calendar';
export { MACRO_FEATURE_CATALOG, type MacroFeatureDefinition, renderMacroCatalogMarkdown } from './catalog';
export { CORRELATION_MIN_MONTHS, type Correlation, correlate } from './correlation';
export { type DailyValue, type DatedValue, dailyValues } from './daily-values';
export {
  deflate,
  latestIndexMonth,
  type PriceIndex,
  periodPriceLevel,
  priceIndex,
  realGrowthPct,
} from './deflation';
export { convertAtRate, MAX_CARRY_DAYS, type PeriodRate, periodRate } from './period-rate';
export {
  type MacroGrain,
  type MacroRevenueFields,
  type MacroSeriesInput,
  macroRevenueFields,
} from './revenue-fields';
