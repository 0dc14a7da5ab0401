import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MACRO_SERIES_CODES, type MacroSeriesCode } from '@ayni/contracts';

/** Where `npm run macro:snapshot` writes the offline snapshot, one file per series. */
export const SNAPSHOT_DIR = fileURLToPath(new URL('./snapshot', import.meta.url));
export const SNAPSHOT_FROM = '2018-01-01';

export interface SnapshotFile {
  code: MacroSeriesCode;
  /** Where the values come from (institution, series code, files). */
  source: string;
  built_at: string;
  from: string;
  /** [local date, value], oldest first. */
  points: Array<[string, number]>;
}

/** Every series the snapshot has (IVP and euro have none: they come only from the live sources). */
export function readSnapshot(): SnapshotFile[] {
  const out: SnapshotFile[] = [];
  for (const code of MACRO_SERIES_CODES) {
    const file = path.join(SNAPSHOT_DIR, `${code}.json`);
    if (existsSync(file)) out.push(JSON.parse(readFileSync(file, 'utf8')) as SnapshotFile);
  }
  return out;
}
