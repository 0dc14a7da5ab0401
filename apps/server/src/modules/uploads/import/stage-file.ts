import type { Readable } from 'node:stream';
import type { UploadRow } from '@ayni/db';
import type { MappingSpec, TableDetection } from '@ayni/engine';
import type pg from 'pg';
import { FeatureFeedingStageWriter, FirstImportFeatures } from './first-import-features';
import { importLines, type LineCounts } from './import-lines';
import type { IssueSink } from './issue-sink';
import type { FileProfile } from './profile-file';
import type { SourceFormat } from './source-records';
import { StagedInserts } from './staged-inserts';
import { createStage, StageWriter } from './staging';

export interface StagedFile {
  counts: LineCounts;
  stage: StageWriter;
  companyHasLines: boolean;
  /** A company's first import: its features, built as the lines streamed. */
  firstImport: FirstImportFeatures | null;
  /** A first import's lines already inserted while staging. */
  ahead: StagedInserts | null;
  /** The whole file's profile, when the pass was asked to profile too. */
  profile: (FileProfile & { invalidUtf8: boolean }) | null;
}

/**
 * Reads the file with `detection` into `upload_stage` (inside the import's transaction): the
 * accepted lines into the stage, the issues into the sink. A first import's features are fed
 * and its lines inserted into `sale_lines` as they stream.
 */
export async function stageFile(
  client: pg.PoolClient,
  options: {
    upload: Pick<UploadRow, 'companyId' | 'id' | 'locationName' | 'sheet'>;
    open: () => Promise<Readable>;
    format: SourceFormat;
    detection: TableDetection;
    now: number;
    sink: IssueSink;
    onProgress: (counts: LineCounts, bytesRead: number) => Promise<void>;
    /** Lines per chunk a first import inserts while staging (default `INSERT_CHUNK_LINES`). */
    insertChunkLines?: number;
    /** Profile every record too (the detection is a guess from the file's start). */
    profile?: { mapping: MappingSpec | undefined };
  },
): Promise<StagedFile> {
  const { upload } = options;
  await createStage(client);
  // A company's first import has no stored lines to compare with. (Asked before the stage's
  // COPY starts: the connection runs nothing else until the COPY ends.)
  const hasLines = await client.query<{ any: boolean }>(
    'select exists (select 1 from sale_lines where company_id = $1) as any',
    [upload.companyId],
  );
  const companyHasLines = hasLines.rows[0]?.any !== false;
  // A first import stores exactly its staged lines: their features are built as they stream,
  // and the lines go into sale_lines chunk by chunk while the file is read.
  const firstImport = companyHasLines ? null : new FirstImportFeatures(upload.locationName);
  const ahead = firstImport
    ? new StagedInserts(client, upload.companyId, upload.id, options.insertChunkLines)
    : null;
  const stage = firstImport
    ? new FeatureFeedingStageWriter(client, upload.locationName, firstImport, ahead)
    : new StageWriter(client, upload.locationName);
  const result = await importLines({
    open: options.open,
    format: options.format,
    sheet: upload.sheet,
    detection: options.detection,
    now: options.now,
    stage,
    sink: options.sink,
    onProgress: options.onProgress,
    profile: options.profile,
  }).catch((err) => {
    stage.abort();
    throw err;
  });
  await stage.finish();
  const { profile, ...counts } = result;
  return { counts, stage, companyHasLines, firstImport, ahead, profile };
}
