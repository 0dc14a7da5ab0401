import { customerLabel } from '@ayni/contracts';
import {
  ACCENT,
  chart,
  type Doc,
  footers,
  heading,
  INK,
  MARGIN,
  MUTED,
  newDocument,
  paragraph,
  svgHeight,
  table,
  toBuffer,
} from './pdf-layout';
import { barsChart, CHART_WIDTH, customersMixChart, heatmapChart, trendChart } from './report-charts';
import { contextSections } from './report-context';
import type { ReportData } from './report-data';
import {
  formatChange,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
} from './report-format';
import type { KpiFigure } from './report-kpis';
import { kpiName, type ReportTexts, roleName, textsFor } from './report-texts';

/** Steps reported as progress while rendering (the job maps them onto 30–90 %). */
export type RenderProgress = (fraction: number) => Promise<void>;

function cover(doc: Doc, data: ReportData, t: ReportTexts, generatedOn: string): void {
  const lang = data.language;
  doc.rect(0, 0, doc.page.width, 12).fill(ACCENT);
  doc.y = 180;
  doc.font('Helvetica').fontSize(12).fillColor(MUTED).text('AYNI', MARGIN);
  doc.font('Helvetica-Bold').fontSize(28).fillColor(INK).text(t.title, MARGIN);
  doc.moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(18).fillColor(ACCENT).text(data.company.name, MARGIN);
  doc.moveDown(1.5);
  const line = (label: string, value: string) =>
    doc
      .font('Helvetica')
      .fontSize(12)
      .fillColor(MUTED)
      .text(`${label}: `, MARGIN, doc.y, { continued: true })
      .fillColor(INK)
      .text(value);
  line(t.rut, data.company.rut);
  line(
    t.period,
    `${formatPeriod(data.period, lang)} (${formatDate(data.range.from, lang)} – ${formatDate(data.range.to, lang)})`,
  );
  line(t.role, roleName(data.role, lang));
  line(t.generated, formatDate(generatedOn, lang));
  line(t.dataThrough, data.dataThrough ? formatDate(data.dataThrough, lang) : t.noDataThrough);
  doc.y = doc.page.height - 170;
  paragraph(doc, t.disclaimer, { color: MUTED, size: 9 });
}

export function formatKpi(kpi: KpiFigure, data: ReportData, t: ReportTexts): string {
  if (kpi.value === null) return t.notAvailable;
  if (kpi.format === 'money') return formatMoney(kpi.value, data.language);
  if (kpi.format === 'pct') return formatPercent(kpi.value, data.language);
  return formatNumber(kpi.value, data.language);
}

function kpiSection(doc: Doc, data: ReportData, t: ReportTexts): void {
  const change = (value: number | null, unit: 'pct' | 'pp') =>
    value === null ? t.notAvailable : formatChange(value, data.language, unit);
  heading(doc, `${t.kpis} · ${formatPeriod(data.period, data.language)}`);
  table(
    doc,
    [
      { header: t.indicator, width: 165 },
      { header: t.value, width: 120, align: 'right' },
      { header: t.vsPrevious, width: 105, align: 'right' },
      { header: t.vsLastYear, width: 105, align: 'right' },
    ],
    data.kpis.map((kpi) => [
      kpiName(kpi.key, data.language),
      formatKpi(kpi, data, t),
      change(kpi.vsPrevious, kpi.changeUnit),
      change(kpi.vsLastYear, kpi.changeUnit),
    ]),
  );
}

function chartsSection(doc: Doc, data: ReportData, t: ReportTexts): void {
  const lang = data.language;
  const draw = (title: string, svg: string) => {
    heading(doc, title);
    chart(doc, svg, CHART_WIDTH, svgHeight(svg));
  };
  if (data.trend.length > 0) draw(t.trend, trendChart(data.trend, lang));
  if (data.role === 'operations' && data.heatmap) draw(t.heatmap, heatmapChart(data.heatmap, lang));
  const fresh = data.current.new_customers;
  const returning = data.current.returning_customers;
  if (data.role === 'marketing' && fresh !== null && returning !== null && fresh + returning > 0) {
    draw(t.customersMix, customersMixChart({ new: fresh, returning }, lang));
  }
  if (data.role !== 'operations' && data.categories.length > 0) {
    draw(
      t.categories,
      barsChart(
        data.categories.map((c) => ({ name: c.name, value: c.revenue })),
        lang,
      ),
    );
  }
}

function topTables(doc: Doc, data: ReportData, t: ReportTexts): void {
  const lang = data.language;
  heading(doc, t.topProducts);
  table(
    doc,
    [
      { header: t.product, width: 215 },
      { header: t.revenue, width: 110, align: 'right' },
      { header: t.units, width: 90, align: 'right' },
      { header: t.share, width: 80, align: 'right' },
    ],
    data.products.map((p) => [
      p.name,
      formatMoney(p.revenue, lang),
      `${formatNumber(p.units, lang, Number.isInteger(p.units) ? 0 : 2)}${p.unit === 'kg' ? ' kg' : ''}`,
      p.share === null ? t.notAvailable : formatPercent(p.share, lang),
    ]),
  );
  if (data.customers.length === 0) return;
  heading(doc, t.topCustomers);
  table(
    doc,
    [
      { header: t.customer, width: 215 },
      { header: t.revenue, width: 140, align: 'right' },
      { header: t.transactions, width: 140, align: 'right' },
    ],
    data.customers.map((c) => [
      customerLabel(c.id),
      formatMoney(c.revenue, lang),
      formatNumber(c.transactions, lang),
    ]),
  );
}

/** Renders the whole report; returns the PDF bytes and its page count. */
export async function renderReportPdf(
  data: ReportData,
  generatedOn: string,
  progress: RenderProgress = async () => {},
): Promise<{ pdf: Buffer; pages: number }> {
  const t = textsFor(data.language);
  const doc = newDocument({
    title: `${t.title} ${data.company.name} ${data.period}`,
    author: data.company.name,
  });
  cover(doc, data, t, generatedOn);
  doc.addPage();
  kpiSection(doc, data, t);
  await progress(0.2);
  chartsSection(doc, data, t);
  await progress(0.6);
  topTables(doc, data, t);
  contextSections(doc, data, t);
  heading(doc, data.language === 'es' ? 'Aviso' : 'Notice');
  paragraph(doc, t.disclaimer, { color: MUTED, size: 9 });
  await progress(0.9);
  const pages = doc.bufferedPageRange().count;
  footers(doc, `${data.company.name} · ${formatPeriod(data.period, data.language)}`, t.page);
  return { pdf: await toBuffer(doc), pages };
}
