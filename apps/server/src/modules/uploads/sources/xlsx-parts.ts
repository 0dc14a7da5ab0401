import { posix } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { type XmlHandler, XmlScanner } from './xml-scanner';
import type { ZipArchive, ZipEntry } from './zip-reader';

/** Workbook-level facts read from the package before any sheet row. */
export interface WorkbookInfo {
  /** In tab order. `path` is the sheet's zip entry name, null when the workbook does not say. */
  sheets: { name: string; path: string | null; visible: boolean }[];
  date1904: boolean;
  sharedStringsPath: string | null;
  stylesPath: string | null;
}

const RELATIONSHIP_TYPE = {
  officeDocument: '/officeDocument',
  styles: '/styles',
  sharedStrings: '/sharedStrings',
} as const;

/** Part names are case-insensitive in OPC, and some writers disagree with their own rels. */
export function findEntry(archive: ZipArchive, path: string): ZipEntry | undefined {
  const exact = archive.entries.get(path);
  if (exact) return exact;
  const lower = path.toLowerCase();
  for (const [name, entry] of archive.entries) if (name.toLowerCase() === lower) return entry;
  return undefined;
}

/** The entry as UTF-8 text, chunk by chunk. */
export async function* entryText(archive: ZipArchive, entry: ZipEntry): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of await archive.open(entry)) yield decoder.write(chunk as Buffer);
  const rest = decoder.end();
  if (rest) yield rest;
}

/** Runs a whole (small) part through the scanner. */
async function scanPart(archive: ZipArchive, path: string, handler: Partial<XmlHandler>): Promise<boolean> {
  const entry = findEntry(archive, path);
  if (!entry) return false;
  const scanner = new XmlScanner({ open() {}, close() {}, text() {}, ...handler });
  for await (const text of entryText(archive, entry)) scanner.write(text);
  scanner.end();
  return true;
}

async function readRelationships(
  archive: ZipArchive,
  path: string,
): Promise<{ id: string; type: string; path: string }[]> {
  const base = posix.dirname(posix.dirname(path)); // xl/_rels/workbook.xml.rels → xl
  const relationships: { id: string; type: string; path: string }[] = [];
  await scanPart(archive, path, {
    open(name, attributes) {
      if (name !== 'Relationship' || !attributes.Target || attributes.TargetMode === 'External') return;
      const target = attributes.Target;
      const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base, target));
      relationships.push({ id: attributes.Id ?? '', type: attributes.Type ?? '', path: resolved });
    },
  });
  return relationships;
}

function relationshipsOf(partPath: string): string {
  return posix.join(posix.dirname(partPath), '_rels', `${posix.basename(partPath)}.rels`);
}

export async function readWorkbookInfo(archive: ZipArchive): Promise<WorkbookInfo> {
  const packageRels = await readRelationships(archive, '_rels/.rels');
  const workbookPath =
    packageRels.find((r) => r.type.endsWith(RELATIONSHIP_TYPE.officeDocument))?.path ?? 'xl/workbook.xml';
  const sheets: { name: string; relationId: string; visible: boolean }[] = [];
  let date1904 = false;
  const found = await scanPart(archive, workbookPath, {
    open(name, attributes) {
      if (name === 'sheet') {
        const state = attributes.state ?? 'visible';
        sheets.push({
          name: attributes.name ?? '',
          relationId: attributes.id ?? '',
          visible: state === 'visible',
        });
      } else if (name === 'workbookPr') {
        date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      }
    },
  });
  if (!found) throw new Error(`no workbook part (${workbookPath}) in the file`);
  const rels = await readRelationships(archive, relationshipsOf(workbookPath));
  const byId = new Map(rels.map((r) => [r.id, r.path]));
  return {
    sheets: sheets.map((s) => ({ name: s.name, path: byId.get(s.relationId) ?? null, visible: s.visible })),
    date1904,
    sharedStringsPath: rels.find((r) => r.type.endsWith(RELATIONSHIP_TYPE.sharedStrings))?.path ?? null,
    stylesPath: rels.find((r) => r.type.endsWith(RELATIONSHIP_TYPE.styles))?.path ?? null,
  };
}

/** Excel's built-in number formats that show dates or times. */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** For each cell style index (a cell's `s`), whether its number format displays a date. */
export async function readDateStyles(
  archive: ZipArchive,
  path: string | null,
  isDateFormat: (format: string) => boolean,
): Promise<boolean[]> {
  if (!path) return [];
  const customFormats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  await scanPart(archive, path, {
    open(name, attributes) {
      if (name === 'numFmt') customFormats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styleFormats.push(Number(attributes.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styleFormats.map((id) => {
    const custom = customFormats.get(id);
    return custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(id);
  });
}
