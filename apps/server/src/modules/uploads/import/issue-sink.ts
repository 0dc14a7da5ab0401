import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { LineIssue } from '@ayni/engine';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { CopyChunks, copyRow } from '../../../lib/copy-text';
import { WARNING_SAMPLE_LIMIT } from './file-warnings';

const RAW_TEXT_LIMIT = 2000;

/**
 * Collects the issues of an import in a temporary file while the lines stream into the database
 * (one connection cannot run two COPYs at once), then copies them into `upload_issues`.
 * Every rejected and skipped line is kept; warnings are sampled per code, and counted in full.
 */
export class IssueSink {
  private out: WriteStream | null = null;
  private dir: string | null = null;
  /** Warned lines per code, every one counted; only the first `WARNING_SAMPLE_LIMIT` are stored. */
  readonly warningCounts = new Map<string, number>();
  private readonly buffered = new CopyChunks(128 * 1024);
  stored = 0;

  constructor(
    private readonly companyId: string,
    private readonly uploadId: string,
  ) {}

  /** Buffers one issue; true when the buffer is full and `flush()` should be awaited. */
  add(issue: LineIssue, raw: string | null): boolean {
    if (issue.severity === 'warning') {
      const seen = this.warningCounts.get(issue.code) ?? 0;
      this.warningCounts.set(issue.code, seen + 1);
      if (seen >= WARNING_SAMPLE_LIMIT) return false;
    }
    const full = this.buffered.append(
      copyRow([
        this.companyId,
        this.uploadId,
        issue.line,
        issue.severity,
        issue.code,
        issue.column,
        issue.message_es,
        issue.message_en,
        issue.severity === 'warning'
          ? null
          : raw && raw.length > RAW_TEXT_LIMIT
            ? raw.slice(0, RAW_TEXT_LIMIT)
            : raw,
      ]),
    );
    this.stored++;
    return full;
  }

  async flush(): Promise<void> {
    const chunks = this.buffered.take();
    if (chunks.length === 0) return;
    if (!this.out) {
      this.dir = await mkdtemp(join(tmpdir(), 'ayni-issues-'));
      this.out = createWriteStream(join(this.dir, 'issues.copy'));
    }
    let ok = true;
    for (const chunk of chunks) ok = this.out.write(chunk);
    if (!ok) await once(this.out, 'drain');
  }

  /** Copies everything collected into `upload_issues` on the import's connection. */
  async copyInto(client: pg.PoolClient): Promise<void> {
    if (this.stored === 0) return;
    await this.flush();
    const out = this.out as WriteStream;
    out.end();
    await once(out, 'close');
    // COPY cannot write a table under row-level security: copy into a temp table, then INSERT
    // (which the policies check) in the same transaction.
    await client.query(`create temp table upload_issue_stage (
      company_id uuid, upload_id uuid, line int, severity text, code text, column_name text,
      message_es text, message_en text, raw text) on commit drop`);
    await pipeline(
      createReadStream(join(this.dir as string, 'issues.copy')),
      client.query(
        copyFrom(
          'copy upload_issue_stage (company_id, upload_id, line, severity, code, column_name, message_es, message_en, raw) from stdin',
        ),
      ),
    );
    await client.query(
      `insert into upload_issues (company_id, upload_id, line, severity, code, column_name, message_es, message_en, raw)
       select company_id, upload_id, line, severity, code, column_name, message_es, message_en, raw from upload_issue_stage`,
    );
  }

  async dispose(): Promise<void> {
    this.out?.destroy();
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }

  /** Forgets every issue (the file is read again from the start). */
  async reset(): Promise<void> {
    await this.dispose();
    this.out = null;
    this.dir = null;
    this.warningCounts.clear();
    this.buffered.take();
    this.stored = 0;
  }
}
