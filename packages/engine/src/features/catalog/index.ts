import { ENTITY_FEATURES } from './entity-features';
import { SALES_FEATURES } from './sales-features';
import type { CatalogLevel, FeatureDefinition } from './types';

/** Every feature the engine produces, declared once. */
export const FEATURE_CATALOG: readonly FeatureDefinition[] = [...SALES_FEATURES, ...ENTITY_FEATURES];

/** Names of the features a level's rows carry, in catalog order. */
export const featuresOfLevel = (level: CatalogLevel): string[] =>
  FEATURE_CATALOG.filter((definition) => definition.levels.includes(level)).map(
    (definition) => definition.name,
  );

export { renderCatalogMarkdown } from './markdown';
export { resolveFeatureOrder } from './resolve';
export type {
  CatalogLevel,
  DisplayFormat,
  FeatureDefinition,
  FeatureGroup,
  FeatureRole,
  FeatureUnit,
} from './types';
