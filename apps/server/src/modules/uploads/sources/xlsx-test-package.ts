import { strToU8, zipSync } from 'fflate';

/**
 * Test helper: a minimal .xlsx package written by hand, to exercise what exceljs's writer never
 * produces (namespace prefixes, missing references, inline strings, 1904 dates...).
 */
export function handmadeXlsx(options: {
  sheets: { name: string; xml: string; state?: string }[];
  sharedStrings?: string[];
  /** Extra <numFmt>s and the cellXfs' numFmtIds (style index = position). */
  numFmts?: { id: number; code: string }[];
  cellXfs?: number[];
  date1904?: boolean;
  /** Where the workbook part lives (package rels point to it). */
  workbookPath?: string;
  /** Deflate level (1 is fast, for big test workbooks). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}): Buffer {
  const workbookPath = options.workbookPath ?? 'xl/workbook.xml';
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/'));
  const file = workbookPath.slice(workbookPath.lastIndexOf('/') + 1);
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const relNs = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const relType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${relType}/${type}" Target="${target}"/>`;
  const rels = (body: string) =>
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  const files: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8(rels(rel('rId1', 'officeDocument', `/${workbookPath}`))),
    [workbookPath]: strToU8(
      `<?xml version="1.0"?><workbook ${main} ${relNs}><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${options.sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rIdS${i}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    [`${dir}/_rels/${file}.rels`]: strToU8(
      rels(
        options.sheets.map((_, i) => rel(`rIdS${i}`, 'worksheet', `sheets/hoja${i + 1}.xml`)).join('') +
          rel('rIdT', 'sharedStrings', 'strings.xml') +
          rel('rIdY', 'styles', '/custom/styles.xml'),
      ),
    ),
    'custom/styles.xml': strToU8(
      `<?xml version="1.0"?><styleSheet ${main}><numFmts>${(options.numFmts ?? [])
        .map((f) => `<numFmt numFmtId="${f.id}" formatCode="${f.code}"/>`)
        .join('')}</numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs>${(
        options.cellXfs ?? [0]
      )
        .map((id) => `<xf numFmtId="${id}"/>`)
        .join('')}</cellXfs></styleSheet>`,
    ),
    [`${dir}/strings.xml`]: strToU8(
      `<?xml version="1.0"?><sst ${main}>${(options.sharedStrings ?? []).map((s) => `<si>${s}</si>`).join('')}</sst>`,
    ),
  };
  options.sheets.forEach((sheet, i) => {
    files[`${dir}/sheets/hoja${i + 1}.xml`] = strToU8(sheet.xml);
  });
  return Buffer.from(zipSync(files, { level: options.level ?? 6 }));
}
