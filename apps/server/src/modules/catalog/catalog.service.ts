import type { CatalogFeature } from '@ayni/contracts';
import {
  FEATURE_CATALOG,
  FEATURE_LEVELS,
  MACRO_FEATURE_CATALOG,
  renderCatalogMarkdown,
  renderMacroCatalogMarkdown,
} from '@ayni/engine';

/** The engine's feature catalog, then the macro features `/metrics` adds, as the API serves them. */
export function catalogView(): { features: CatalogFeature[]; levels: string[] } {
  return {
    features: [...FEATURE_CATALOG, ...MACRO_FEATURE_CATALOG].map((f) => ({
      name: f.name,
      group: f.group,
      levels: [...f.levels],
      dependencies: [...f.dependencies],
      unit: f.unit,
      format: f.format,
      description_es: f.description_es,
      description_en: f.description_en,
      roles: [...f.roles],
    })),
    levels: ['line', ...FEATURE_LEVELS],
  };
}

/** docs/metrics.md is generated from the catalog; a test keeps the committed file current. */
export const METRICS_DOC_PATH = 'docs/metrics.md';
export const metricsDoc = (): string =>
  `${renderCatalogMarkdown(FEATURE_CATALOG)}\n${renderMacroCatalogMarkdown()}`;
