import { once } from 'node:events';
import type { Database } from '@ayni/db';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyText } from '../../lib/copy-text';
import { type PeriodBenchmarks, positionMetricsJson, positionProfileJson } from './build-benchmarks';

/**
 * Benchmark rows go through COPY: COPY cannot write a table under row-level security, so each
 * period lands in temp tables (no WAL, no policies, no foreign keys) and one INSERT per table
 * moves it into place, checked by the job-scope policies as before. The job computes the next
 * period meanwhile, so PostgreSQL's inserting overlaps node's computing.
 */
export class BenchmarkStage {
  private constructor(
    private readonly client: pg.PoolClient,
    private readonly grain: string,
    private readonly computedAt: string,
  ) {}

  /** Temp tables for one grain, in the job's transaction (dropped at its end). */
  static async open(tx: Database, grain: string, computedAt: Date): Promise<BenchmarkStage> {
    const client = (tx as unknown as { session?: { client?: pg.PoolClient } }).session?.client;
    if (typeof client?.query !== 'function')
      throw new Error('benchmarks: no connection behind the transaction');
    await client.query(`create temp table benchmark_results_stage (population text, period text,
      metric text, cut text, n int, visible boolean, reason jsonb, p10 float8, p25 float8, p50 float8,
      p75 float8, p90 float8) on commit drop`);
    // Values stay text here (half the bytes of jsonb): parsed once, by the INSERT.
    await client.query(`create temp table benchmark_positions_stage (company_id uuid, population text,
      period text, "values" text) on commit drop`);
    return new BenchmarkStage(client, grain, computedAt.toISOString());
  }

  /** Writes one period's aggregates and positions (through the stage). */
  async add(built: PeriodBenchmarks): Promise<void> {
    const head = `${copyText(built.population)}\t${copyText(built.period)}\t`;
    await this.copy('benchmark_results_stage', built.results.length, (i) => {
      const r = built.results[i] as PeriodBenchmarks['results'][number];
      const reason = r.reason === null ? '\\N' : copyText(JSON.stringify(r.reason));
      return `${head}${copyText(r.metric)}\t${copyText(r.cut)}\t${r.n}\t${r.visible ? 't' : 'f'}\t${reason}\t${float(r.p10)}\t${float(r.p25)}\t${float(r.p50)}\t${float(r.p75)}\t${float(r.p90)}\n`;
    });
    await this.copy('benchmark_positions_stage', built.rows.length, (i) => {
      const row = built.rows[i] as PeriodBenchmarks['rows'][number];
      // Only the profile can hold a character COPY escapes (a backslash of a JSON escape).
      const json = copyText(positionProfileJson(row)) + positionMetricsJson(built, i);
      return `${copyText(row.companyId)}\t${head}${json}\n`;
    });
    await this.move();
  }

  /** Moves the staged rows into benchmark_results and benchmark_positions. */
  private async move(): Promise<void> {
    const at = this.computedAt;
    const grain = this.grain;
    await this.client.query(
      `insert into benchmark_results
        (population, grain, period, metric, cut, n, visible, reason, p10, p25, p50, p75, p90, computed_at)
       select population, $1, period, metric, cut, n, visible, reason, p10, p25, p50, p75, p90, $2::timestamptz
       from benchmark_results_stage`,
      [grain, at],
    );
    await this.client.query(
      `insert into benchmark_positions (company_id, grain, period, population, "values", computed_at)
       select company_id, $1, period, population, "values"::jsonb, $2::timestamptz from benchmark_positions_stage`,
      [grain, at],
    );
    await this.client.query('truncate benchmark_results_stage, benchmark_positions_stage');
  }

  /** One COPY of `count` lines, sent in ~1 MB chunks. */
  private async copy(table: string, count: number, line: (i: number) => string): Promise<void> {
    const stream = this.client.query(copyFrom(`copy ${table} from stdin`));
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    let chunk = '';
    for (let i = 0; i < count; i++) {
      chunk += line(i);
      if (chunk.length >= 1 << 20) {
        if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), done]);
        chunk = '';
      }
    }
    stream.end(chunk);
    await done;
  }
}

/** A double as COPY text: the digits JSON.stringify gives; null (and what JSON makes null): `\N`. */
function float(value: number | null): string {
  return value !== null && Number.isFinite(value) ? String(value) : '\\N';
}
