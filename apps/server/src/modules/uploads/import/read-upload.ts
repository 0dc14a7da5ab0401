import type { Readable } from 'node:stream';
import { parsingKey } from '@ayni/engine';
import type pg from 'pg';
import type { Logger } from 'pino';
import { detectedView } from '../upload-view';
import type { IssueSink } from './issue-sink';
import { assertRequiredColumns, type FileProfile, hasRequiredColumns, profileFile } from './profile-file';
import type { ProgressReporter } from './progress';
import type { ResolvedMapping } from './resolve-mapping';
import { type StagedFile, stageFile } from './stage-file';

/**
 * Records the formats are first guessed from (~4 MB of a POS export). Files no longer than this
 * are profiled whole before their lines are read, in two passes.
 */
export const GUESS_RECORDS = 32_768;

export interface ImportTuning {
  /** Records the formats are first guessed from (`GUESS_RECORDS`). */
  guessRecords?: number;
  /** Lines per chunk a first import inserts while staging (`INSERT_CHUNK_LINES`). */
  insertChunkLines?: number;
}

export interface UploadReading {
  profile: FileProfile;
  detected: ReturnType<typeof detectedView>;
  staged: StagedFile;
  /** When the formats were known (or guessed) and the lines began to be read. */
  profiledAt: number;
}

/**
 * Decides the file's formats on all its records and stages its lines. A big file is read
 * once: the formats are guessed from its first records, and the pass that parses the lines
 * also profiles every record. When the whole file agrees with the guess (the same parsing),
 * the staged lines stand; otherwise they are rolled back and the file is read again with the
 * whole file's formats, exactly as a two-pass import would have.
 */
export async function readUpload(
  client: pg.PoolClient,
  options: {
    upload: Parameters<typeof stageFile>[1]['upload'] & { sizeBytes: number };
    open: () => Promise<Readable>;
    mapping: ResolvedMapping;
    now: number;
    tuning: ImportTuning | undefined;
    log: Logger;
    progress: ProgressReporter;
    sink: IssueSink;
    /** Shows the detected formats while the lines are read. */
    showDetected: (detected: ReturnType<typeof detectedView>) => Promise<void>;
    /** Opens the import's transaction: called once the formats are known or guessed. */
    begin: () => Promise<void>;
  },
): Promise<UploadReading> {
  const { upload, open, progress, sink } = options;
  const mapping = options.mapping.spec ?? undefined;
  const size = Math.max(1, upload.sizeBytes);
  const profileWhole = (reportProgress = true) =>
    profileFile({
      open,
      sheet: upload.sheet,
      mapping,
      onRecords: reportProgress
        ? (_records, bytes) => progress.report({ progress: Math.min(30, (30 * bytes) / size) })
        : undefined,
    });
  const guessRecords = options.tuning?.guessRecords ?? GUESS_RECORDS;
  let profile = await profileFile({ open, sheet: upload.sheet, mapping, maxRecords: guessRecords });
  const guessed = !profile.complete && hasRequiredColumns(profile.detection);
  if (!guessed && !profile.complete) profile = await profileWhole();
  assertRequiredColumns(profile.detection);
  const view = (current: FileProfile) =>
    detectedView(current.format, current.detection, options.mapping.template);
  await options.showDetected(view(profile));
  // A guessed pass cannot count the lines before reading them: its progress follows the bytes.
  const importingFrom = guessed ? 0 : 30;
  await progress.report(
    { status: 'importing', progress: importingFrom, linesTotal: guessed ? null : profile.linesTotal },
    true,
  );
  const profiledAt = performance.now();
  await options.begin();
  if (guessed) await client.query('savepoint before_stage');

  const stageWith = (current: FileProfile, profiling: boolean, from = importingFrom) => {
    const linesTotal = Math.max(1, current.linesTotal);
    return stageFile(client, {
      upload,
      open,
      format: current.format,
      detection: current.detection,
      now: options.now,
      sink,
      insertChunkLines: options.tuning?.insertChunkLines,
      profile: profiling ? { mapping } : undefined,
      onProgress: (c, bytes) =>
        progress.report({
          linesProcessed: c.total,
          progress: profiling
            ? (85 * Math.min(bytes, size)) / size
            : from + ((85 - from) * c.total) / linesTotal,
        }),
    });
  };
  let staged = await stageWith(profile, guessed);
  const whole = staged.profile;
  if (whole === null) return { profile, detected: view(profile), staged, profiledAt };
  if (!whole.invalidUtf8 && parsingKey(whole.detection) === parsingKey(profile.detection)) {
    // The whole file's detection (its warnings and confidences) is the one the upload shows.
    return { profile: whole, detected: view(whole), staged, profiledAt };
  }
  options.log.info('formats guessed from the file start differ from the whole file; reading it again');
  await client.query('rollback to savepoint before_stage');
  await sink.reset();
  // Progress never goes back: the second reading continues from where the first one ended.
  const reachedProgress = progress.current.progress;
  profile = await profileWhole(false);
  assertRequiredColumns(profile.detection);
  await progress.report({ linesProcessed: 0, linesTotal: profile.linesTotal });
  staged = await stageWith(profile, false, reachedProgress);
  return { profile, detected: view(profile), staged, profiledAt };
}
