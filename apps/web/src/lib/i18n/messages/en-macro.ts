import type { macroEs } from './es-macro';

export const macroEn: Record<keyof typeof macroEs, string> = {
  'nav.macro': 'Macro',

  'macro.eyebrow': 'Macroeconomic context',
  'macro.title': 'Your business and the Chilean economy',
  'macro.disclaimer': 'Context, not advice: the economy explains part of your numbers, not what to do.',
  'macro.loading': 'Loading indicators…',

  'macro.buffs.title': 'Tailwinds and headwinds',
  'macro.buffs.subtitle': 'How each indicator moved in {month} for a {profile} business.',
  'macro.buffs.score': 'Score {score} out of 10',
  'macro.buffs.noScore': 'Not enough readings for a score.',
  'macro.buffs.effect.buff': 'Helps',
  'macro.buffs.effect.debuff': 'Hurts',
  'macro.buffs.effect.neutral': 'Neutral',
  'macro.buffs.dataMonth': 'data for {month}',
  'macro.buffs.missing': 'Not enough data: {names}.',
  'macro.profile.domestic': 'domestic',
  'macro.profile.importer': 'importing',
  'macro.profile.exporter': 'exporting',

  'macro.revenue.title': 'Nominal, real and UF revenue',
  'macro.revenue.subtitle': 'Real pesos of {base}; UF and dollar at each month’s average.',
  'macro.revenue.month': 'Month',
  'macro.revenue.nominal': 'Nominal',
  'macro.revenue.real': 'Real',
  'macro.revenue.uf': 'In UF',
  'macro.revenue.usd': 'In US$',
  'macro.revenue.realYoy': 'Real growth y/y',
  'macro.revenue.empty': 'No monthly sales to compare yet.',
  'macro.revenue.through': 'UF through {uf} · dollar through {usd} · CPI through {ipc}',
  'macro.revenue.chart': 'Nominal and real revenue per month, {from} to {to}',

  'macro.corr.title': 'Correlation with your sales',
  'macro.corr.subtitle': 'How much your monthly revenue and each indicator move together (−1 to 1).',
  'macro.corr.caveat':
    'With {months} months of history (fewer than {min}) a correlation is only a hint, not a pattern.',
  'macro.corr.indicator': 'Indicator',
  'macro.corr.r': 'Correlation',
  'macro.corr.months': 'Months',
  'macro.corr.reason.TOO_FEW_MONTHS': 'Too few months in common',
  'macro.corr.reason.NO_VARIATION': 'No variation',

  'macro.series.title': 'Indicators',
  'macro.series.latest': 'Latest value',
  'macro.series.date': 'Data date',
  'macro.series.none': 'No data yet',
  'macro.series.source.mindicador': 'mindicador.cl',
  'macro.series.source.bcch': 'Central Bank',
  'macro.series.source.snapshot': 'bundled copy',
  'macro.series.chart': '{name} from {from} to {to}; weekends and holidays at the last value',
  'macro.series.carried': '{count} days at the last value (weekends and holidays)',

  'macro.overlay.title': 'Real and UF revenue',
  'macro.overlay.more': 'See macro context',
  'macro.overlay.label': 'Nominal and real revenue (base-month pesos) per period, {from} to {to}',
};
