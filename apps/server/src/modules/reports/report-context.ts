import { type Doc, ensureSpace, heading, INK, MARGIN, MUTED, paragraph, table } from './pdf-layout';
import type { ReportData } from './report-data';
import { formatChange, formatNumber, formatPeriod } from './report-format';
import { benchmarkName, type ReportTexts } from './report-texts';

/** Insights and alerts, benchmarks and macro context: what surrounds the figures. */

const SEVERITY = {
  es: { critical: 'Crítico', warning: 'Atención', info: 'Información' },
  en: { critical: 'Critical', warning: 'Warning', info: 'Info' },
} as const;

function insightsSection(doc: Doc, data: ReportData, t: ReportTexts): void {
  heading(doc, t.insights);
  if (data.insights.length === 0) {
    paragraph(doc, t.noInsights, { color: MUTED });
    return;
  }
  for (const item of data.insights) {
    ensureSpace(doc, 50);
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .fillColor(INK)
      .text(`${SEVERITY[data.language][item.severity]}: ${item.title[data.language]}`, MARGIN, doc.y, {
        width: doc.page.width - 2 * MARGIN,
      });
    paragraph(doc, item.detail[data.language], { size: 9 });
    doc.moveDown(0.4);
  }
}

function benchmarksSection(doc: Doc, data: ReportData, t: ReportTexts): void {
  const lang = data.language;
  const bench = data.benchmarks;
  const visible = bench?.metrics.filter((m) => m.cohort !== null && m.cohort.percentile_rank !== null) ?? [];
  heading(doc, t.benchmarks);
  if (!bench || visible.length === 0) {
    const reason = bench?.reason ? (lang === 'es' ? bench.reason.message_es : bench.reason.message) : null;
    paragraph(doc, reason ? `${t.noBenchmarks} ${reason}` : t.noBenchmarks, { color: MUTED });
    return;
  }
  table(
    doc,
    [
      { header: t.benchmarkMetric, width: 235 },
      { header: t.percentile, width: 130, align: 'right' },
      { header: t.cohort, width: 130, align: 'right' },
    ],
    visible.map((m) => [
      benchmarkName(m.metric, lang),
      formatNumber(m.cohort?.percentile_rank ?? 0, lang),
      formatNumber(m.cohort?.n ?? 0, lang),
    ]),
  );
}

function macroSection(doc: Doc, data: ReportData, t: ReportTexts): void {
  const lang = data.language;
  heading(doc, t.macro);
  const macro = data.macro;
  if (!macro || macro.buffs.length === 0) {
    paragraph(doc, t.noMacro, { color: MUTED });
    return;
  }
  const reportMonth = data.range.to.slice(0, 7);
  if (macro.month < reportMonth)
    paragraph(doc, t.macroUpTo(formatPeriod(macro.month, lang)), { color: MUTED });
  if (macro.score !== null) paragraph(doc, `${t.macroScore}: ${formatNumber(macro.score, lang, 1)}`);
  doc.moveDown(0.3);
  for (const buff of macro.buffs) {
    ensureSpace(doc, 40);
    const name = lang === 'es' ? buff.name_es : buff.name_en;
    const change =
      buff.change_unit === 'pp'
        ? formatChange(buff.change, lang, 'pp')
        : formatChange(buff.change, lang, 'pct');
    paragraph(doc, `${name} (${buff.data_month}): ${change}`, { size: 9 });
    paragraph(doc, lang === 'es' ? buff.explanation_es : buff.explanation_en, { size: 9, color: MUTED });
    doc.moveDown(0.2);
  }
}

export function contextSections(doc: Doc, data: ReportData, t: ReportTexts): void {
  insightsSection(doc, data, t);
  benchmarksSection(doc, data, t);
  macroSection(doc, data, t);
}
