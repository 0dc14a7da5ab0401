import type { FeatureDefinition, FeatureGroup } from './types';

const GROUP_TITLES: Record<FeatureGroup, string> = {
  period: 'Period / Período',
  sales: 'Sales sums / Sumas de venta',
  tickets: 'Tickets / Transacciones',
  customers: 'Customer counts / Conteo de clientes',
  growth: 'Growth / Crecimiento',
  time_pattern: 'Time patterns / Patrones horarios',
  product: 'Products / Productos',
  customer_profile: 'Customer profile / Perfil de cliente',
  dimension: 'Categories and locations / Categorías y sucursales',
  line: 'Enriched line / Línea enriquecida',
};

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * The catalog as Markdown (for docs/metrics.md): one table per group, features in catalog
 * order. Depends only on the catalog, so the same catalog always renders the same bytes.
 */
export function renderCatalogMarkdown(catalog: readonly FeatureDefinition[]): string {
  const out = [
    '# Metrics / Métricas',
    '',
    "Generated from the engine's feature catalog (`packages/engine/src/features/catalog`) by `npm run docs:metrics`; a test fails when it is out of date. Do not edit by hand.",
    '',
  ];
  for (const group of Object.keys(GROUP_TITLES) as FeatureGroup[]) {
    const features = catalog.filter((definition) => definition.group === group);
    if (features.length === 0) continue;
    out.push(`## ${GROUP_TITLES[group]}`, '');
    out.push('| feature | levels | unit | format | depends on | roles | descripción | description |');
    out.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const f of features) {
      const cells = [
        `\`${f.name}\``,
        f.levels.join(', '),
        f.unit,
        f.format,
        f.dependencies.map((d) => `\`${d}\``).join(', '),
        f.roles.join(', '),
        f.description_es,
        f.description_en,
      ];
      out.push(`| ${cells.map(cell).join(' | ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
