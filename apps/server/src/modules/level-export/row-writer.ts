import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** A row of the export: the explorer API's row, values by column name. */
export type ExportRow = Record<string, unknown>;

/** Writes one file format: the header, the rows batch by batch, then the end of the file. */
export interface RowWriter {
  start(): Promise<void>;
  rows(rows: readonly ExportRow[]): Promise<void>;
  end(): Promise<void>;
}

/** Where a writer's bytes go, waiting while the client has not read what was sent. */
export interface ExportSink {
  write(chunk: string | Buffer): Promise<void>;
  end(): Promise<void>;
}

/** The client went away: stop reading from the database. */
export class ExportAborted extends Error {
  constructor() {
    super('export stream closed by the client');
  }
}

/**
 * A sink over a writable stream with backpressure: `write` resolves once the stream wants more,
 * so the reads from PostgreSQL advance only as fast as the client downloads.
 */
export function streamSink(out: Writable): ExportSink {
  return {
    async write(chunk) {
      if (out.destroyed) throw new ExportAborted();
      if (!out.write(chunk)) {
        await Promise.race([once(out, 'drain'), once(out, 'close')]);
        if (out.destroyed) throw new ExportAborted();
      }
    },
    async end() {
      if (out.destroyed) throw new ExportAborted();
      out.end();
    },
  };
}
