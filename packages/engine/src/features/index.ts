/** Features: pure aggregation of sale lines into every level (issue 5). */
export {
  buildFeatureResult,
  computeFeatures,
  createFeatureAccumulator,
  type FeatureResult,
  type FeatureRows,
} from './compute-features';
export * from './time/index';
export {
  FEATURE_LEVELS,
  type FeatureLevel,
  type FeatureLine,
  type FeatureOptions,
  type NullReason,
  type Nulls,
} from './types';
