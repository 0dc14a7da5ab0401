import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MACRO_SERIES, type MacroSeriesCode } from '@ayni/contracts';
import { SNAPSHOT_DIR, SNAPSHOT_FROM, type SnapshotFile } from '../modules/macro/snapshot-file';

/**
 * `npm run macro:snapshot -- <folder>`: rebuilds the offline snapshot of macro series
 * (values from 2018-01-01 on) from Banco Central de Chile series files laid out as
 * `<owner>__<repo>/<file>` (CSV `fecha,valor` or JSON `{observations: [{date, value}]}`).
 * Only derived values are written; the source files stay outside the repository.
 */
const INPUTS: Partial<Record<MacroSeriesCode, string>> = {
  uf: 'jbkunst__indicadores-financieros/uf.csv',
  utm: 'jbkunst__indicadores-financieros/utm.csv',
  dolar: 'jbkunst__indicadores-financieros/tcn.csv',
  tpm: 'jbkunst__indicadores-financieros/tpm.csv',
  // Monthly % change (what mindicador's `ipc` is), not the 12-month change of ipc.csv.
  ipc: 'jbkunst__bcch-data/F074.IPC.VAR.Z.EP23.C.M.json',
  // The official y/y series (imacec.csv derives the same from the index; equal 2014–2025).
  imacec: 'jbkunst__bcch-data/F032.IMC.V12.Z.Z.2018.Z.Z.0.M.json',
  tasa_desempleo: 'jbkunst__indicadores-financieros/tasa_de_desempleo.csv',
  libra_cobre: 'jbkunst__bcch-data/F019.PPB.PRE.40.M.json',
};

function readPoints(file: string): Array<[string, number]> {
  const text = readFileSync(file, 'utf8');
  const raw: Array<[string, number]> = file.endsWith('.json')
    ? (JSON.parse(text) as { observations: { date: string; value: number }[] }).observations.map((o) => [
        o.date,
        o.value,
      ])
    : text
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => {
          const [date, value] = line.split(',');
          return [date as string, Number(value)];
        });
  return raw
    .filter(([date, value]) => date >= SNAPSHOT_FROM && Number.isFinite(value))
    .map(([date, value]) => [date, Math.round(value * 1e6) / 1e6]);
}

/** UF(9th of month M+1) / UF(9th of M) − 1 equals IPC(M−1): the two files must agree. */
function checkUfAgainstIpc(uf: Map<string, number>, ipc: Array<[string, number]>): number {
  let checked = 0;
  for (const [date, pct] of ipc) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const at = (offset: number) => {
      const d = new Date(Date.UTC(y, m - 1 + offset, 9));
      return uf.get(d.toISOString().slice(0, 10));
    };
    const from = at(1);
    const to = at(2);
    if (from === undefined || to === undefined) continue;
    const implied = (to / from - 1) * 100;
    if (Math.abs(implied - pct) > 0.05)
      throw new Error(`UF and IPC disagree for ${date}: IPC ${pct} %, UF implies ${implied.toFixed(3)} %`);
    checked++;
  }
  return checked;
}

/** The layout Biome gives JSON (one point per line), so a rebuild diffs cleanly and lints. */
function formatSnapshot(snapshot: SnapshotFile): string {
  const { points, ...header } = snapshot;
  const head = JSON.stringify(header, null, 2).slice(0, -2);
  const lines = points.map((point) => `    ${JSON.stringify(point).replace(',', ', ')}`);
  return `${head},\n  "points": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run macro:snapshot -- <folder with the Banco Central series files>');
  process.exit(2);
}
const builtAt = new Date().toISOString();
const written: Record<string, Array<[string, number]>> = {};
for (const [code, file] of Object.entries(INPUTS) as [MacroSeriesCode, string][]) {
  const points = readPoints(path.join(folder, file));
  written[code] = points;
  const snapshot: SnapshotFile = {
    code,
    source: `Banco Central de Chile, BDE/SIETE series ${MACRO_SERIES[code].bcch_code} (public series files ${file})`,
    built_at: builtAt,
    from: SNAPSHOT_FROM,
    points,
  };
  writeFileSync(path.join(SNAPSHOT_DIR, `${code}.json`), formatSnapshot(snapshot));
  console.log(`${code}: ${points.length} points, ${points[0]?.[0]} … ${points.at(-1)?.[0]}`);
}
const checked = checkUfAgainstIpc(new Map(written.uf), written.ipc ?? []);
console.log(`UF consistent with IPC for ${checked} months`);
