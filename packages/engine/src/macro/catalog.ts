/**
 * Features computed at read time from the company's revenue and the macro series (not by the
 * feature pass over lines, so they live outside FEATURE_CATALOG): same shape as its entries,
 * with the units UF and USD.
 */
export interface MacroFeatureDefinition {
  name: string;
  group: 'macro';
  levels: readonly string[];
  dependencies: readonly string[];
  unit: 'UF' | 'USD' | 'CLP' | '%';
  format: 'decimal' | 'currency' | 'percent';
  description_es: string;
  description_en: string;
  roles: readonly ('owner' | 'operations' | 'marketing' | 'finance')[];
}

/** The calendar grains `/metrics` serves, company-wide and per branch. */
const LEVELS = [
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'location_day',
  'location_week',
  'location_month',
  'location_quarter',
  'location_year',
] as const;

export const MACRO_FEATURE_CATALOG: readonly MacroFeatureDefinition[] = [
  {
    name: 'revenue_uf',
    group: 'macro',
    levels: LEVELS,
    dependencies: ['revenue'],
    unit: 'UF',
    format: 'decimal',
    description_es:
      'Venta neta en UF: venta del período / UF promedio de sus días corridos (cada día con la UF vigente).',
    description_en:
      'Net sales in UF: period sales / mean UF over its calendar days (each day at the UF in force).',
    roles: ['owner', 'finance'],
  },
  {
    name: 'revenue_usd',
    group: 'macro',
    levels: LEVELS,
    dependencies: ['revenue'],
    unit: 'USD',
    format: 'decimal',
    description_es:
      'Venta neta en dólares: venta del período / dólar observado promedio de sus días corridos (fines de semana y feriados con el último valor).',
    description_en:
      'Net sales in US dollars: period sales / mean dólar observado over its calendar days (weekends and holidays at the last value).',
    roles: ['owner', 'finance'],
  },
  {
    name: 'revenue_real',
    group: 'macro',
    levels: LEVELS,
    dependencies: ['revenue'],
    unit: 'CLP',
    format: 'currency',
    description_es:
      'Venta neta en pesos del mes base (real_base_month o el último IPC): venta × nivel de precios del mes base / nivel promedio del período (IPC encadenado).',
    description_en:
      'Net sales in pesos of the base month (real_base_month or the latest CPI): sales × base-month price level / the period’s mean level (chained IPC).',
    roles: ['owner', 'finance'],
  },
  {
    name: 'revenue_real_yoy_pct',
    group: 'macro',
    levels: LEVELS,
    dependencies: ['revenue', 'revenue_real'],
    unit: '%',
    format: 'percent',
    description_es:
      'Crecimiento real vs el mismo período del año anterior: ambas ventas en pesos del mismo mes, descontada la inflación.',
    description_en:
      'Real growth vs the same period last year: both sales in pesos of one month, net of inflation.',
    roles: ['owner', 'finance'],
  },
];

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The macro features as a Markdown section in the layout of docs/metrics.md. */
export function renderMacroCatalogMarkdown(
  catalog: readonly MacroFeatureDefinition[] = MACRO_FEATURE_CATALOG,
): string {
  const out = [
    '## Macro context / Contexto macro',
    '',
    'Computed when `/metrics` is read, from the stored revenue and the macro series (docs/macro.md).',
    '',
    '| feature | levels | unit | format | depends on | roles | descripción | description |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const f of catalog) {
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
  return out.join('\n');
}
