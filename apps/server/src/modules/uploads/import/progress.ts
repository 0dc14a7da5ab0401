import type { AppEvent, UploadRows, UploadStatus } from '@ayni/contracts';
import { type Database, inCompany, updateUpload } from '@ayni/db';
import type { EventBus } from '../../../events/event-bus';
import { UploadCancelled } from './ingest-error';

export interface ProgressState {
  status: UploadStatus;
  progress: number;
  linesProcessed: number;
  linesTotal: number | null;
}

const INTERVAL_MS = 500;

/**
 * Writes an import's progress on its own short transactions (the import's transaction is
 * invisible until it commits) at least every second, publishes it, and learns of cancellation.
 */
export class ProgressReporter {
  private last = 0;
  private state: ProgressState = { status: 'validating', progress: 0, linesProcessed: 0, linesTotal: null };

  constructor(
    private readonly deps: { db: Database; events: EventBus; clock: () => number },
    private readonly companyId: string,
    private readonly uploadId: string,
  ) {}

  get current(): ProgressState {
    return this.state;
  }

  /** Cheap to call per record: writes only when the interval has passed (or `force`). */
  async report(next: Partial<ProgressState>, force = false): Promise<void> {
    this.state = { ...this.state, ...next };
    const now = this.deps.clock();
    if (!force && now - this.last < INTERVAL_MS) return;
    this.last = now;
    const { status, progress, linesProcessed, linesTotal } = this.state;
    const row = await inCompany(this.deps.db, this.companyId, (tx) =>
      updateUpload(tx, this.companyId, this.uploadId, {
        status,
        progress: Math.max(0, Math.min(100, Math.floor(progress))),
        linesProcessed,
        linesTotal,
      }),
    );
    await this.publish('upload.progress', null);
    if (row?.cancelRequested) throw new UploadCancelled();
  }

  async publish(
    type: 'upload.started' | 'upload.progress' | 'upload.completed' | 'upload.cancelled',
    rows: UploadRows | null,
  ): Promise<void> {
    const { status, progress, linesProcessed, linesTotal } = this.state;
    await this.deps.events.publish({
      type,
      company_id: this.companyId,
      upload_id: this.uploadId,
      status,
      progress: Math.floor(progress),
      lines_processed: linesProcessed,
      lines_total: linesTotal,
      rows,
      at: new Date(this.deps.clock()).toISOString(),
    } as AppEvent);
  }
}
