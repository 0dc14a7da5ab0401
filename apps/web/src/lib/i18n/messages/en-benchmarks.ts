import type { benchmarksEs } from './es-benchmarks';

/** Industry benchmarks (English). */
export const benchmarksEn: Record<keyof typeof benchmarksEs, string> = {
  'nav.benchmarks': 'Benchmarks',

  'benchmarks.eyebrow': 'Compared with your industry',
  'benchmarks.title': 'How do you compare with businesses like yours?',
  'benchmarks.privacy':
    'You only see aggregates of at least {min} companies; nobody sees your figures or your name, nor you theirs.',
  'benchmarks.rules': 'Privacy rules',
  'benchmarks.loading': 'Loading the comparison…',
  'benchmarks.grain': 'Period',
  'benchmarks.grain.month': 'Month',
  'benchmarks.grain.quarter': 'Quarter',
  'benchmarks.grain.year': 'Year',
  'benchmarks.period': 'Comparison for {period}',
  'benchmarks.demo': 'Sample data: your demo company is compared with generated demo companies.',
  'benchmarks.card.title': 'Your industry',
  'benchmarks.card.seeAll': 'See comparison',

  'benchmarks.metric.revenue_growth_yoy': 'Growth vs last year',
  'benchmarks.metric.avg_ticket': 'Average ticket',
  'benchmarks.metric.units_per_ticket': 'Units per ticket',
  'benchmarks.metric.gross_margin_pct': 'Gross margin',
  'benchmarks.metric.repeat_customer_rate': 'Returning customers',
  'benchmarks.metric.revenue_per_location': 'Sales per branch',
  'benchmarks.metric.weekend_share': 'Weekend sales',
  'benchmarks.metric.return_rate': 'Return rate',
  'benchmarks.metric.revenue': 'Sales (by band)',

  'benchmarks.cut.industry_size': 'your industry and size',
  'benchmarks.cut.industry_region': 'your industry and region',
  'benchmarks.cut.industry': 'your industry',
  'benchmarks.cut.all': 'all companies',

  'benchmarks.you': 'You: {value}',
  'benchmarks.median': 'Median {value}',
  'benchmarks.rank': 'Percentile',
  'benchmarks.rankOf': 'of 100',
  'benchmarks.n': 'n = {n} companies ({cut})',
  'benchmarks.index': 'Index {value} (median = 100)',
  'benchmarks.strip': 'Distribution: p10 {p10}, p25 {p25}, median {p50}, p75 {p75}, p90 {p90}; you {value}',
  'benchmarks.tier.top_25': 'You are in the top 25 %: better than 3 in 4 businesses like yours.',
  'benchmarks.tier.middle_50': 'You are in the middle 50 %: in line with most of your industry.',
  'benchmarks.tier.bottom_25': 'You are in the bottom 25 %: 3 in 4 businesses like yours do better.',
  'benchmarks.lowerIsBetter': 'Here, lower is better.',
  'benchmarks.noValue': 'Your company has no value for this period.',
  'benchmarks.noValuePartial': 'A period the data covers only in part is not compared.',
  'benchmarks.hidden': 'No comparison can be published.',
  'benchmarks.band': '{low} – {high}',
  'benchmarks.optIn.label': 'Compare my company with businesses in my industry',
  'benchmarks.optIn.help':
    'Your figures join, without your name, groups of at least 10 companies, and we show you where you stand. Nobody sees your data, nor you theirs. You can turn it off at any time; if you do, you will not see the comparison either.',
  'benchmarks.history.title': 'Your percentile over time',
  'benchmarks.history.metric': 'Metric',
  'benchmarks.history.empty': 'No history for this metric yet.',
  'benchmarks.sharing.title': 'Comparison with your industry',
  'benchmarks.sharing.on': 'Done: your company takes part in the comparison.',
  'benchmarks.sharing.off':
    'Done: your company no longer takes part; its figures leave the comparison at the next computation.',
  'benchmarks.sharing.readOnly': 'Only owners and admins can change this choice.',
};
