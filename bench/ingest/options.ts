import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_SEED,
  type PosExportStats,
  posExportStats,
  statsPathOf,
  writePosExport,
} from './generate-pos-export';
import { say } from './report';
import { REPO_ROOT } from './server-process';

export interface Options {
  lines: number;
  file: string | null;
  json: boolean;
  scaleOut: boolean;
  keepDb: boolean;
  /** Upload the same file a second time once the first is done (a cumulative export again). */
  again: boolean;
  seed: number;
  timeoutS: number;
}

export function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string', default: '1000000' },
      file: { type: 'string' },
      json: { type: 'boolean', default: false },
      'scale-out': { type: 'boolean', default: false },
      'keep-db': { type: 'boolean', default: false },
      again: { type: 'boolean', default: false },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      timeout: { type: 'string', default: '1800' },
    },
  });
  const lines = Number(values.lines);
  if (!Number.isInteger(lines) || lines < 1) throw new Error('--lines must be a positive integer');
  return {
    lines,
    file: values.file ?? null,
    json: values.json,
    scaleOut: values['scale-out'],
    keepDb: values['keep-db'],
    again: values.again,
    seed: Number(values.seed),
    timeoutS: Number(values.timeout),
  };
}

/** The file to upload and what it holds: reused when present, generated otherwise. */
export async function prepareFile(options: Options): Promise<{ file: string; stats: PosExportStats }> {
  const file = path.resolve(
    options.file ??
      path.join(REPO_ROOT, 'bench/.cache', `pos-export-${options.lines}-seed${options.seed}.csv`),
  );
  const statsFile = statsPathOf(file);
  if (existsSync(file) && existsSync(statsFile)) {
    say(`reusing ${path.relative(process.cwd(), file)}`);
    return { file, stats: JSON.parse(await readFile(statsFile, 'utf8')) as PosExportStats };
  }
  if (existsSync(file)) {
    say(`reusing ${file}; no stats next to it, so assuming it is this generator's --lines ${options.lines}`);
    return { file, stats: posExportStats({ lines: options.lines, seed: options.seed }) };
  }
  say(`generating ${options.lines.toLocaleString('en-US')} lines into ${path.relative(process.cwd(), file)}`);
  const stats = await writePosExport(file, { lines: options.lines, seed: options.seed });
  return { file, stats };
}
