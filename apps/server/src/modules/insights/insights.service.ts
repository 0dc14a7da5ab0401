import {
  type DashboardKind,
  INSIGHT_SECTIONS,
  type InsightItem,
  type InsightSection,
  type InsightsResponse,
  type Role,
} from '@ayni/contracts';
import {
  type CompanyInsightRow,
  getFeatureState,
  inCompany,
  inSequence,
  listCompanyInsights,
} from '@ayni/db';
import type { ServiceContext } from '../../lib/context';
import { authorize, DEFAULT_DASHBOARD } from '../../lib/permissions';
import { recentAnomalyInsights } from './time-highlights';

/** Insights in the ranked `top` list. */
export const TOP_INSIGHTS = 5;

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

interface Meta {
  data_through: string | null;
  computed_at: string | null;
}

function metaOf(rows: CompanyInsightRow[], stateThrough: string | null): Meta {
  const computed = rows.map((r) => r.computedAt.toISOString()).sort();
  return {
    data_through: rows[0]?.dataThrough ?? stateThrough,
    computed_at: computed[computed.length - 1] ?? null,
  };
}

/** Every section plus the most important insights for a dashboard (default: the caller's role's). */
export async function getInsights(
  ctx: ServiceContext,
  query: { audience?: DashboardKind } = {},
): Promise<{ data: InsightsResponse['data']; meta: Meta & { audience: DashboardKind } }> {
  authorize(ctx, 'view_dashboards');
  const [rows, state] = await inCompany(ctx.db, ctx.companyId, (tx) =>
    inSequence(
      () => listCompanyInsights(tx, ctx.companyId),
      () => getFeatureState(tx, ctx.companyId),
    ),
  );
  const payloads = Object.fromEntries(INSIGHT_SECTIONS.map((s) => [s, null])) as Record<
    InsightSection,
    Record<string, unknown> | null
  >;
  for (const row of rows) {
    if ((INSIGHT_SECTIONS as readonly string[]).includes(row.section)) {
      payloads[row.section as InsightSection] = row.payload as Record<string, unknown>;
    }
  }
  const meta = metaOf(rows, state?.dataThrough ?? null);
  const audience = query.audience ?? DEFAULT_DASHBOARD[ctx.role as Role] ?? 'owner';
  const ranked = [
    ...(((payloads.alerts?.ranked as InsightItem[] | undefined) ?? []) as InsightItem[]),
    ...recentAnomalyInsights(payloads.anomalies, meta.data_through),
  ];
  const top = ranked
    .filter((i) => i.audiences.includes(audience))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        b.score - a.score ||
        (a.id < b.id ? -1 : 1),
    )
    .slice(0, TOP_INSIGHTS);
  return { data: { top, sections: payloads }, meta: { ...meta, audience } };
}

/** One section's document (null before any data). */
export async function getInsightSection(
  ctx: ServiceContext,
  section: InsightSection,
): Promise<{ data: Record<string, unknown> | null; meta: Meta }> {
  authorize(ctx, 'view_dashboards');
  const [rows, state] = await inCompany(ctx.db, ctx.companyId, (tx) =>
    inSequence(
      () => listCompanyInsights(tx, ctx.companyId, [section]),
      () => getFeatureState(tx, ctx.companyId),
    ),
  );
  const row = rows[0];
  return {
    data: row === undefined ? null : (row.payload as Record<string, unknown>),
    meta: metaOf(rows, state?.dataThrough ?? null),
  };
}
