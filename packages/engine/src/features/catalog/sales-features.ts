import { COUNT_FEATURES } from './count-features';
import { PATTERN_FEATURES } from './pattern-features';
import { SUM_FEATURES } from './sum-features';
import type { FeatureDefinition } from './types';

/** Period keys, additive sums, ticket and customer counts, growth and weekly patterns, in catalog order. */
export const SALES_FEATURES: FeatureDefinition[] = [...SUM_FEATURES, ...COUNT_FEATURES, ...PATTERN_FEATURES];
