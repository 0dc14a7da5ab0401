import type { CatalogFeature } from '@ayni/contracts';
import { FEATURE_CATALOG, FEATURE_LEVELS, renderCatalogMarkdown } from '@ayni/engine';

/** The engine's feature catalog as the API serves it. */
export function catalogView(): { features: CatalogFeature[]; levels: string[] } {
  return {
    features: FEATURE_CATALOG.map((f) => ({
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
export const metricsDoc = (): string => renderCatalogMarkdown(FEATURE_CATALOG);
