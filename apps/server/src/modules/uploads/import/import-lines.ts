import type { Readable } from 'node:stream';
import { LineNormalizer, type MappingSpec, type TableDetection } from '@ayni/engine';
import type { IssueSink } from './issue-sink';
import { type FileProfile, StreamingProfile } from './profile-file';
import type { SourceFormat } from './source-records';
import { readSource } from './source-records';
import type { StageWriter } from './staging';

export interface LineCounts {
  total: number;
  accepted: number;
  rejected: number;
  skipped: number;
}

/**
 * Pass 2: reads the file again with the formats pass 1 decided, judges every record after the
 * header, streams accepted lines into the stage and issues into the sink. With `profile`, the
 * detection was guessed from the file's start and this pass also profiles every record: the
 * result tells whether the whole file agrees with the guess.
 */
export async function importLines(options: {
  open: () => Promise<Readable>;
  format: SourceFormat;
  sheet: string | null;
  detection: TableDetection;
  now: number;
  stage: StageWriter;
  sink: IssueSink;
  onProgress: (counts: LineCounts, bytesRead: number) => Promise<void>;
  profile?: { mapping: MappingSpec | undefined };
}): Promise<LineCounts & { profile: (FileProfile & { invalidUtf8: boolean }) | null }> {
  const { detection, stage, sink } = options;
  const reading = await readSource(await options.open(), {
    sheet: options.sheet,
    encoding: options.format.encoding ?? undefined,
    delimiter: options.format.delimiter ?? undefined,
  });
  const normalizer = new LineNormalizer(detection, { now: options.now });
  const profile = options.profile ? new StreamingProfile(reading, options.profile.mapping) : null;
  const counts: LineCounts = { total: 0, accepted: 0, rejected: 0, skipped: 0 };
  let nextReport = 1024;
  for await (const batch of reading.batches) {
    profile?.addBatch(batch);
    // Synchronous per line; the stage and the sink only wait when their buffers are full.
    for (const record of batch) {
      if (record.line <= detection.headerLine) continue;
      counts.total++;
      const outcome = normalizer.normalize(record);
      if (outcome.kind === 'accepted') {
        counts.accepted++;
        if (stage.write(outcome.line, outcome.warnings.length > 0)) await stage.flush();
        for (const warning of outcome.warnings) if (sink.add(warning, null)) await sink.flush();
      } else {
        if (outcome.kind === 'rejected') counts.rejected++;
        else counts.skipped++;
        for (const issue of outcome.issues) if (sink.add(issue, record.raw)) await sink.flush();
      }
    }
    if (counts.total >= nextReport) {
      nextReport = counts.total + 1024;
      await options.onProgress(counts, reading.bytesRead());
    }
  }
  return { ...counts, profile: profile?.result() ?? null };
}
