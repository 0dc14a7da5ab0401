import type {
  CatalogLevel,
  DisplayFormat,
  FeatureDefinition,
  FeatureGroup,
  FeatureRole,
  FeatureUnit,
} from './types';

const FORMAT_OF_UNIT: Record<FeatureUnit, DisplayFormat> = {
  CLP: 'currency',
  units: 'quantity',
  '%': 'percent',
  count: 'integer',
  days: 'decimal',
  ratio: 'decimal',
  text: 'text',
  date: 'date',
  boolean: 'boolean',
  index: 'integer',
};

/** Compact declaration: the display format follows the unit unless given. */
export function feature(
  name: string,
  group: FeatureGroup,
  levels: readonly CatalogLevel[],
  unit: FeatureUnit,
  roles: readonly FeatureRole[],
  description_es: string,
  description_en: string,
  more: { dependencies?: readonly string[]; format?: DisplayFormat } = {},
): FeatureDefinition {
  return {
    name,
    group,
    levels,
    dependencies: more.dependencies ?? [],
    unit,
    format: more.format ?? FORMAT_OF_UNIT[unit],
    description_es,
    description_en,
    roles,
  };
}

export const ALL_ROLES: readonly FeatureRole[] = ['owner', 'operations', 'marketing', 'finance'];
