import type { FeatureLevel } from '../types';

/** Levels a feature can live at: the streamed line level plus every aggregate level. */
export type CatalogLevel = 'line' | FeatureLevel;

/** The brief's units, plus 'boolean' (flags) and 'index' (ordinal: hour 0-23, ISO weekday 1-7). */
export type FeatureUnit =
  | 'CLP'
  | 'units'
  | '%'
  | 'count'
  | 'days'
  | 'ratio'
  | 'text'
  | 'date'
  | 'boolean'
  | 'index';

/** How a dashboard writes the value (es-CL: $1.234.567, 12,5 %, 1,234 kg). */
export type DisplayFormat =
  | 'currency'
  | 'integer'
  | 'decimal'
  | 'percent'
  | 'quantity'
  | 'date'
  | 'text'
  | 'boolean'
  | 'hour'
  | 'weekday';

/** Dashboards that show the feature. */
export type FeatureRole = 'owner' | 'operations' | 'marketing' | 'finance';

export type FeatureGroup =
  | 'period'
  | 'sales'
  | 'tickets'
  | 'customers'
  | 'growth'
  | 'time_pattern'
  | 'product'
  | 'customer_profile'
  | 'dimension'
  | 'line';

export interface FeatureDefinition {
  name: string;
  group: FeatureGroup;
  levels: readonly CatalogLevel[];
  /** Features this one is computed from (names in the catalog). */
  dependencies: readonly string[];
  unit: FeatureUnit;
  format: DisplayFormat;
  description_es: string;
  description_en: string;
  roles: readonly FeatureRole[];
}
