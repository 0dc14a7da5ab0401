import type { UploadRows } from '@ayni/contracts';
import type { AgainResult } from './again';
import type { CpuUse } from './cpu-time';

/** A progress line on stderr (stdout carries the result). */
export const say = (text: string) => process.stderr.write(`[bench] ${text}\n`);

/** The goals for a 1M-line file: dashboard fresh within 7 s of starting the upload, worker under 400 MB. */
export const TARGETS = { analyticsUpdatedSeconds: 7, workerPeakRssMb: 400 } as const;

export interface Check {
  name: string;
  expected: number | string;
  actual: number | string | null;
  ok: boolean;
}

export interface BenchResult {
  lines: number;
  mb: number;
  file: string;
  shape: 'embedded' | 'scale-out';
  database: 'fresh database on DATABASE_URL/TEST_DATABASE_URL server' | 'embedded PostgreSQL';
  /** Seconds from the start of the HTTP upload. */
  upload_s: number;
  started_s: number | null;
  completed_s: number | null;
  analytics_updated_s: number | null;
  lines_per_s: number | null;
  /** Where the time went, from the upload's status changes (seconds). */
  phases: {
    queued_s: number | null;
    profile_s: number | null;
    parse_and_stage_s: number | null;
    merge_and_rollup_s: number | null;
  };
  /** The worker's own timings of the import's steps (its `upload imported` log line). */
  server_timings_ms: Record<string, number> | null;
  /**
   * CPU seconds from the upload's start until `analytics.updated`: the worker, the API and every
   * PostgreSQL process, and the least wall time that work needs with every core busy. Steadier
   * than wall time on a shared machine, and it tells whether the cores, not waiting, set the pace.
   */
  cpu_until_analytics_updated: CpuUse;
  /** Peak from the upload until its level files are built (the job that follows the import). */
  worker_peak_rss_mb: number | null;
  /** Peak from the upload until `analytics.updated`. */
  worker_peak_rss_import_mb: number | null;
  /** Upload → the level files (CSV per level and the workbook) all stored. */
  files_ready_s: number | null;
  worker_baseline_rss_mb: number | null;
  /** False when the kernel refused to reset the high-water mark: the peak then includes start-up. */
  worker_peak_since_upload_only: boolean;
  rows: UploadRows | null;
  checks: Check[];
  targets: {
    analytics_updated_s: { limit: number; pass: boolean };
    worker_peak_rss_mb: { limit: number; pass: boolean };
  };
  machine: { cpus: number; node: string; memory_gb: number };
  server_log: string;
  /** With `--again`: the same file uploaded a second time. */
  again?: AgainResult;
  error?: string;
}

const round = (value: number | null, digits = 2) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

export function seconds(fromMs: number, toMs: number | null | undefined): number | null {
  return toMs === null || toMs === undefined ? null : round((toMs - fromMs) / 1000);
}

export function targetsOf(analyticsUpdated: number | null, peakRss: number | null): BenchResult['targets'] {
  return {
    analytics_updated_s: {
      limit: TARGETS.analyticsUpdatedSeconds,
      pass: analyticsUpdated !== null && analyticsUpdated <= TARGETS.analyticsUpdatedSeconds,
    },
    worker_peak_rss_mb: {
      limit: TARGETS.workerPeakRssMb,
      pass: peakRss !== null && peakRss <= TARGETS.workerPeakRssMb,
    },
  };
}

const show = (value: number | string | null | undefined) =>
  value === null || value === undefined ? '—' : String(value);

/** A small human table: the measured figures, then the targets and the correctness checks. */
export function formatTable(result: BenchResult): string {
  const passFail = (pass: boolean) => (pass ? 'pass' : 'FAIL');
  const rows: Array<[string, string]> = [
    ['lines', result.lines.toLocaleString('en-US')],
    ['file MB', show(result.mb)],
    ['shape', `${result.shape}, ${result.database}`],
    ['upload_s (HTTP 202)', show(result.upload_s)],
    ['started_s', show(result.started_s)],
    ['completed_s', show(result.completed_s)],
    [
      'analytics_updated_s',
      `${show(result.analytics_updated_s)}  (target ≤ ${result.targets.analytics_updated_s.limit} s: ${passFail(result.targets.analytics_updated_s.pass)})`,
    ],
    ['lines_per_s', show(result.lines_per_s === null ? null : Math.round(result.lines_per_s))],
    [
      'worker_peak_rss_mb',
      `${show(result.worker_peak_rss_mb)}  (target ≤ ${result.targets.worker_peak_rss_mb.limit} MB: ${passFail(result.targets.worker_peak_rss_mb.pass)}; idle ${show(result.worker_baseline_rss_mb)}; until analytics.updated ${show(result.worker_peak_rss_import_mb)})`,
    ],
    ['files_ready_s', show(result.files_ready_s)],
    [
      'phases',
      `queued ${show(result.phases.queued_s)} · profile ${show(result.phases.profile_s)} · parse+stage ${show(result.phases.parse_and_stage_s)} · merge+rollup ${show(result.phases.merge_and_rollup_s)}`,
    ],
    [
      'server steps (ms)',
      result.server_timings_ms === null
        ? '—'
        : Object.entries(result.server_timings_ms)
            .map(([step, ms]) => `${step.replace(/_ms$/, '')} ${ms}`)
            .join(' · '),
    ],
    [
      'cpu s until updated',
      ((c) =>
        `worker ${c.worker_s} · postgres ${c.postgres_s} · api ${c.api_s} · total ${c.total_s} (every core busy: ≥ ${c.all_cores_busy_s} s wall)`)(
        result.cpu_until_analytics_updated,
      ),
    ],
    ...result.checks.map((c): [string, string] => [
      `check ${c.name}`,
      `${c.ok ? 'ok' : 'WRONG'} (expected ${c.expected}, got ${show(c.actual)})`,
    ]),
    ...(result.again
      ? ([
          [
            'again: analytics_updated_s',
            `${show(result.again.analytics_updated_s)}  (changed nothing: ${result.again.changed_nothing ? 'yes' : 'NO'})`,
          ],
          [
            'again: server steps (ms)',
            Object.entries(result.again.server_timings_ms ?? {})
              .map(([step, ms]) => `${step.replace(/_ms$/, '')} ${ms}`)
              .join(' · ') || '—',
          ],
        ] as Array<[string, string]>)
      : []),
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n');
}

export { round };
