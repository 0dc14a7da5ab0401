import type { Insight } from '../shared/insight';
import type { Audience } from '../shared/text';

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

/** Most important first: severity, then score, then id (stable). */
export function rankInsights(insights: readonly Insight[]): Insight[] {
  return [...insights].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      b.score - a.score ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The first `limit` ranked insights meant for `audience`. */
export function topInsightsFor(ranked: readonly Insight[], audience: Audience, limit: number): Insight[] {
  return rankInsights(ranked.filter((i) => i.audiences.includes(audience))).slice(0, limit);
}
