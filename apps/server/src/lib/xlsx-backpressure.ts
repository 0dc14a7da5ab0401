import { EventEmitter, once } from 'node:events';
import type { Writable } from 'node:stream';
import { setTimeout as sleep, setImmediate as yieldToLoop } from 'node:timers/promises';

/**
 * exceljs' streaming writer never pushes back: a committed row goes into the sheet's buffer
 * (a `StreamBuf`) and on into the zip's deflate stream whether or not the zip keeps up, and a
 * sheet waits whole in memory while the zip still compresses the one before. A million-row
 * level then held ~300 MB. Writers call `zipCaughtUp` between batches of rows.
 */

/** Bytes a sheet may hold that the zip has not taken yet before the writer waits. */
export const MAX_SHEET_BACKLOG_BYTES = 4 * 2 ** 20;

/** The zip options for workbooks: deflate level 1 (the XML shrinks ~10× anyway, 3–4× faster). */
export const WORKBOOK_ZIP_OPTIONS = { zlib: { level: 1 } };

/** A stream of archiver's `readable-stream` copy, which predates `writableLength`. */
interface QueueingStream {
  _writableState?: { length?: number };
  _readableState?: { length?: number };
}

/** What exceljs' StreamBuf (exceljs 4) keeps: pending buffers, and the streams it writes to. */
interface SheetStream {
  buffers?: { length: number }[];
  pipes?: QueueingStream[];
}

/**
 * Bytes written into `sheet` that the zip has not compressed yet: those still in the sheet's
 * buffers plus those queued in the deflate stream it writes to. Null when exceljs no longer
 * has these internals (a test fails then, instead of memory growing unnoticed).
 */
export function sheetBacklogBytes(sheet: object): number | null {
  const stream = (sheet as { stream?: SheetStream }).stream;
  if (!stream || !Array.isArray(stream.buffers) || !Array.isArray(stream.pipes)) return null;
  let bytes = 0;
  for (const buffer of stream.buffers) bytes += buffer.length;
  for (const pipe of stream.pipes) {
    bytes += (pipe._writableState?.length ?? 0) + (pipe._readableState?.length ?? 0);
  }
  return bytes;
}

/**
 * Waits until the zip has taken all but MAX_SHEET_BACKLOG_BYTES of `sheet` and `out` (where the
 * zip writes) is not behind its reader. Rejects with `abort()` when `out` is destroyed.
 */
export async function zipCaughtUp(sheet: object, out: Writable, abort: () => Error): Promise<void> {
  // Deflate runs on the thread pool and reports back through the loop: give it a turn first.
  await yieldToLoop();
  for (;;) {
    if (out.destroyed) throw abort();
    if (out.writableNeedDrain) {
      await Promise.race([once(out, 'drain'), once(out, 'close')]);
      continue;
    }
    if ((sheetBacklogBytes(sheet) ?? 0) <= MAX_SHEET_BACKLOG_BYTES) return;
    // The deflate stream says when it has emptied; a sheet the zip has not reached yet has no
    // such event, so it is looked at again shortly.
    const deflating = (sheet as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0];
    const stop = new AbortController();
    const { signal } = stop;
    await Promise.race([
      deflating instanceof EventEmitter ? once(deflating, 'drain', { signal }) : new Promise(() => {}),
      sleep(20, undefined, { signal }),
    ]).finally(() => stop.abort());
  }
}
