import type pg from 'pg';
import { insertStagedRows, type StagedRange } from './merge';

/**
 * Lines per chunk inserted while the file is still being read: large enough that cutting the
 * COPY costs nothing measurable, small enough that the last chunk, inserted after the file,
 * is short.
 */
export const INSERT_CHUNK_LINES = 100_000;

/**
 * A first import's staged lines inserted into `sale_lines` chunk by chunk while the stage is
 * still being written (`StageWriter` cuts its COPY for each), so PostgreSQL writes the lines on
 * the second core while Node parses the next ones. Only while the streamed keys are trusted:
 * a line's key depends only on the lines before it, so chunks inserted before a document
 * turned out split stay exact, and the merge then deletes them and writes every line the
 * usual way (`writeImport`).
 */
export class StagedInserts {
  /** Rows inserted so far. */
  inserted = 0;
  /** Staged lines covered by an insert: the first `lines`, through this source line. */
  private lines = 0;
  private throughLine = 0;
  /** Block of `upload_stage` where the lines not yet covered begin. */
  private fromBlock = 0;
  private pending: Promise<void> | null = null;
  private failure: unknown = null;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly companyId: string,
    private readonly uploadId: string,
    private readonly chunkLines = INSERT_CHUNK_LINES,
  ) {}

  get inserting(): boolean {
    return this.pending !== null;
  }

  /** True once `staged` lines leave a whole chunk not yet inserted. */
  due(staged: number): boolean {
    return staged - this.lines >= this.chunkLines;
  }

  /**
   * Starts inserting every staged line not yet covered (call between two COPYs; not awaited:
   * the next COPY queues behind it). `staged` lines were written, the last one `lastLine`.
   */
  async insertStaged(staged: number, lastLine: number): Promise<void> {
    await this.settled();
    // Rows only ever append to the stage: the next chunk starts in its last block or after.
    const size = await this.client.query<{ blocks: number }>(
      `select (pg_relation_size('upload_stage') / current_setting('block_size')::int)::int as blocks`,
    );
    const range = this.remaining;
    this.lines = staged;
    this.throughLine = lastLine;
    this.fromBlock = Math.max(0, (size.rows[0]?.blocks ?? 0) - 1);
    this.pending = insertStagedRows(this.client, this.companyId, this.uploadId, range).then(
      (inserted) => {
        this.inserted += inserted;
        this.pending = null;
      },
      (err) => {
        this.failure = err;
        this.pending = null;
      },
    );
  }

  /** The staged lines no insert has covered yet. */
  get remaining(): StagedRange {
    return { fromBlock: this.fromBlock, afterLine: this.throughLine };
  }

  /** Waits for the running insert; throws what made one fail. */
  async settled(): Promise<void> {
    if (this.pending !== null) await this.pending;
    if (this.failure !== null) throw this.failure;
  }
}
