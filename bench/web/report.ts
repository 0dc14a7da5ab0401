import type { Navigation } from './navigation';

/** The goal: the first dashboard render within 1.5 s on this machine. */
export const TARGET_DASHBOARD_MS = 1500;

export interface Spread {
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Median and nearest-rank p95 (with 5 runs, the slowest). */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 === 1
      ? (sorted[Math.floor(mid)] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return {
    median: round(median),
    p95: round(at(0.95)),
    min: round(sorted[0] ?? 0),
    max: round(sorted.at(-1) ?? 0),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

export interface WebBenchResult {
  runs: number;
  target_ms: number;
  /** The target against the median and against the p95 of the cold visits. */
  met: { median: boolean; p95: boolean };
  dashboard_ms: Spread;
  fcp_ms: Spread | null;
  chart_ms: Spread;
  scripts_done_ms: Spread;
  slowest_api_ms: Spread;
  api_calls: number;
  js_files: number;
  js_bytes: number;
  js_gzip_bytes: number;
  js_gzip_bytes_with_charts: number;
  /** What scripts/check-bundle.ts counts for the dashboard route (300 KB budget), from the manifest. */
  manifest_dashboard_gzip_kb: number;
  samples: Navigation[];
  build_s: number;
  server_start_s: number;
  machine: { node: string; cpus: number; loadavg_at_start: number[] };
}

export function summarize(
  samples: Navigation[],
  extra: Pick<WebBenchResult, 'manifest_dashboard_gzip_kb' | 'build_s' | 'server_start_s' | 'machine'>,
): WebBenchResult {
  const dashboard = spread(samples.map((s) => s.dashboardMs));
  const fcps = samples.flatMap((s) => (s.fcpMs === null ? [] : [s.fcpMs]));
  const last = samples.at(-1);
  return {
    runs: samples.length,
    target_ms: TARGET_DASHBOARD_MS,
    met: { median: dashboard.median <= TARGET_DASHBOARD_MS, p95: dashboard.p95 <= TARGET_DASHBOARD_MS },
    dashboard_ms: dashboard,
    fcp_ms: fcps.length > 0 ? spread(fcps) : null,
    chart_ms: spread(samples.map((s) => s.chartMs)),
    scripts_done_ms: spread(samples.map((s) => s.scriptsDoneMs)),
    slowest_api_ms: spread(samples.map((s) => s.slowestApiMs)),
    // The same files load on every cold visit; the last visit's are reported.
    api_calls: last?.apiCalls ?? 0,
    js_files: last?.jsFiles ?? 0,
    js_bytes: last?.jsBytes ?? 0,
    js_gzip_bytes: last?.jsGzipBytes ?? 0,
    js_gzip_bytes_with_charts: last?.jsGzipBytesWithCharts ?? 0,
    samples,
    ...extra,
  };
}

/** A few lines for people, on stderr. */
export function formatTable(result: WebBenchResult): string {
  const ms = (value: number) => `${Math.round(value)} ms`;
  const row = (label: string, s: Spread | null) =>
    s
      ? `${label.padEnd(28)}${ms(s.median).padStart(9)}${ms(s.p95).padStart(9)}${ms(s.min).padStart(9)}${ms(s.max).padStart(9)}`
      : `${label.padEnd(28)}        —`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  return [
    `${''.padEnd(28)}${'median'.padStart(9)}${'p95'.padStart(9)}${'min'.padStart(9)}${'max'.padStart(9)}`,
    row('dashboard KPIs shown', result.dashboard_ms),
    row('first contentful paint', result.fcp_ms),
    row('first chart drawn', result.chart_ms),
    row('last script loaded', result.scripts_done_ms),
    row('slowest API call', result.slowest_api_ms),
    `target ≤ ${result.target_ms} ms: median ${verdict(result.met.median)}, p95 ${verdict(result.met.p95)} (${result.runs} cold visits)`,
    `JS before the KPIs: ${result.js_files} files, ${kb(result.js_gzip_bytes)} gzip (${kb(result.js_bytes)} raw); ${result.api_calls} API calls`,
    `JS until the first chart: ${kb(result.js_gzip_bytes_with_charts)} gzip; manifest count ${result.manifest_dashboard_gzip_kb} KB (budget 300 KB)`,
    `machine: ${result.machine.cpus} cpus, load ${result.machine.loadavg_at_start.join(' ')} at start (shared: other work skews wall times)`,
  ].join('\n');
}
