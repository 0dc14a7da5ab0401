/** Features: pure aggregation of sale lines into every level (issue 5). */

export { DocumentIdSet } from './accumulate/document-id-set';
export type { FeatureAccumulator } from './accumulate/feature-accumulator';
export { blankFeatureLine } from './blank-line';
export {
  type CatalogLevel,
  type DisplayFormat,
  FEATURE_CATALOG,
  type FeatureDefinition,
  type FeatureGroup,
  type FeatureRole,
  type FeatureUnit,
  featuresOfLevel,
  renderCatalogMarkdown,
  resolveFeatureOrder,
} from './catalog/index';
export {
  buildFeatureResult,
  buildFeatureStreams,
  computeFeatures,
  createFeatureAccumulator,
  type FeatureResult,
  type FeatureRowStreams,
  type FeatureRows,
  type FeatureStreams,
  type RowStream,
  STREAMED_LEVELS,
  type StreamedLevel,
} from './compute-features';
export { type EnrichedLine, enrichLine, enrichLines } from './enrich-line';
export { LEVELS_BUILT_FROM_ROWS_FROM } from './rows/dated-rows-from';
export { FEATURE_ROWS_VERSION } from './rows-version';
export * from './time/index';
export {
  FEATURE_LEVELS,
  type FeatureChange,
  type FeatureLevel,
  type FeatureLine,
  type FeatureOptions,
  type NullReason,
  type Nulls,
} from './types';
