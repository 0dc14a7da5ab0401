import path from 'node:path';
import { parseArgs } from 'node:util';
import { asIngestError } from '../modules/uploads/import/ingest-error';
import { analyzeFile } from './analyze-file';
import { writeLevelFiles } from './level-files';

const USAGE = `Uso / usage:
  ayni analyze <archivo.csv|.xlsx|.gz> [--mapping m.json] [--sheet Hoja] [--out carpeta]

Detecta el formato, normaliza las líneas y calcula cada nivel del motor de features sin servidor
ni base de datos. Escribe un CSV por nivel, issues.csv y summary.json en --out
(por defecto ./ayni-out/<archivo>).`;

/** `ayni <command>`: returns the process exit code. */
export async function main(argv: string[], now = Date.now()): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command !== 'analyze') {
    console.error(`Comando desconocido / unknown command: ${command}\n\n${USAGE}`);
    return 2;
  }
  let parsed: ReturnType<typeof parseAnalyzeArgs>;
  try {
    parsed = parseAnalyzeArgs(rest);
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { file, values } = parsed;
  const outDir = path.resolve(values.out ?? path.join('ayni-out', path.parse(file).name));
  try {
    const summary = await analyzeFile(
      { file, mappingFile: values.mapping, sheet: values.sheet, outDir, now },
      (lines) => writeLevelFiles(lines, outDir),
    );
    const { lines } = summary;
    console.log(
      `${summary.file}: ${lines.accepted} líneas aceptadas / accepted, ${lines.rejected} rechazadas / rejected, ` +
        `${lines.skipped} omitidas / skipped, ${lines.warnings} con advertencias / with warnings → ${outDir}`,
    );
    return 0;
  } catch (err) {
    const known = asIngestError(err) ?? fileSystemError(err, file);
    if (!known) throw err;
    console.error(`Error ${known.code}: ${known.messageEs}\n${known.messageEn}`);
    return 1;
  }
}

function parseAnalyzeArgs(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { mapping: { type: 'string' }, sheet: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Error('Falta el archivo / a file is required');
  return { file: positionals[0] as string, values };
}

function fileSystemError(err: unknown, file: string) {
  const code = (err as { code?: unknown })?.code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
    return {
      code: 'FILE_NOT_READABLE',
      messageEs: `No se puede leer ${file} (${code}).`,
      messageEn: `Cannot read ${file} (${code}).`,
    };
  }
  return null;
}
