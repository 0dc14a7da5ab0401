import { createReadStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mappingSpecSchema } from '@ayni/contracts';
import { type CanonicalLine, type LineIssue, LineNormalizer, type MappingSpec } from '@ayni/engine';
import { IngestError } from '../modules/uploads/import/ingest-error';
import { assertRequiredColumns, profileFile } from '../modules/uploads/import/profile-file';
import { readSource } from '../modules/uploads/import/source-records';
import { detectedView } from '../modules/uploads/upload-view';
import { CsvFileWriter } from './csv-file';

export interface AnalyzeOptions {
  file: string;
  mappingFile?: string;
  sheet?: string;
  outDir: string;
  /** The caller's clock (epoch ms): lines dated after it are rejected as future dates. */
  now: number;
}

/** What `summary.json` holds. */
export interface AnalyzeSummary {
  file: string;
  detected: ReturnType<typeof detectedView>;
  lines: { total: number; accepted: number; rejected: number; skipped: number; warnings: number };
  /** Lines per issue code, rejected and warned. */
  issues: Record<string, { severity: LineIssue['severity']; lines: number }>;
  files: string[];
  timings_ms: Record<string, number>;
}

const ISSUE_COLUMNS = ['line', 'severity', 'code', 'column', 'message_es', 'message_en', 'original'];

async function readMapping(file: string): Promise<MappingSpec> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new IngestError(
      'INVALID_MAPPING',
      `No se pudo leer el mapping ${file}: ${(err as Error).message}`,
      `Could not read the mapping ${file}: ${(err as Error).message}`,
    );
  }
  const parsed = mappingSpecSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new IngestError(
      'INVALID_MAPPING',
      `El mapping ${file} no es válido (${where}).`,
      `The mapping ${file} is not valid (${where}).`,
    );
  }
  return parsed.data as MappingSpec;
}

/**
 * The notebook replacement: detection, normalization and (through `consume`) the feature engine
 * over one local file, with no server and no database. Writes `issues.csv` and `summary.json`.
 */
export async function analyzeFile(
  options: AnalyzeOptions,
  consume: (lines: AsyncIterable<CanonicalLine>) => Promise<string[]>,
): Promise<AnalyzeSummary> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) => {
    timings[name] = Math.round(performance.now() - since);
    return performance.now();
  };
  const mapping = options.mappingFile ? await readMapping(options.mappingFile) : undefined;
  const open = async () => createReadStream(options.file);
  const profile = await profileFile({ open, sheet: options.sheet ?? null, mapping });
  assertRequiredColumns(profile.detection);
  const mark = lap('profile', started);
  await mkdir(options.outDir, { recursive: true });

  const counts = { total: 0, accepted: 0, rejected: 0, skipped: 0, warnings: 0 };
  const byCode: AnalyzeSummary['issues'] = {};
  // Every rejection and warning, streamed (a file of only bad lines must not fill memory).
  const issues = new CsvFileWriter(path.join(options.outDir, 'issues.csv'), ISSUE_COLUMNS);
  const note = async (issue: LineIssue, original: string | null) => {
    const entry = byCode[issue.code] ?? { severity: issue.severity, lines: 0 };
    entry.lines++;
    byCode[issue.code] = entry;
    await issues.write({ ...issue, original });
  };
  async function* acceptedLines(): AsyncGenerator<CanonicalLine> {
    const reading = await readSource(await open(), {
      sheet: options.sheet ?? null,
      encoding: profile.format.encoding ?? undefined,
      delimiter: profile.format.delimiter ?? undefined,
    });
    const normalizer = new LineNormalizer(profile.detection, { now: options.now });
    for await (const record of reading.records) {
      if (record.line <= profile.detection.headerLine) continue;
      counts.total++;
      const outcome = normalizer.normalize(record);
      if (outcome.kind === 'accepted') {
        counts.accepted++;
        if (outcome.warnings.length > 0) counts.warnings++;
        for (const warning of outcome.warnings) await note(warning, null);
        yield outcome.line;
      } else {
        counts[outcome.kind]++;
        for (const issue of outcome.issues) await note(issue, record.raw);
      }
    }
  }
  const files = await consume(acceptedLines()).finally(() => issues.close());
  lap('normalize_and_features', mark);
  timings.total = Math.round(performance.now() - started);
  const summary: AnalyzeSummary = {
    file: path.basename(options.file),
    detected: detectedView(profile.format, profile.detection, null),
    lines: counts,
    issues: byCode,
    files: [...files, 'issues.csv', 'summary.json'],
    timings_ms: timings,
  };
  await writeFile(path.join(options.outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
