import { SourceError } from './source-error';
import { MAX_SHARED_STRING_CHARS, MAX_SHARED_STRINGS } from './source-limits';
import { decodeOoxmlEscapes } from './xlsx-cell-text';
import { entryText, findEntry } from './xlsx-parts';
import { XmlScanner } from './xml-scanner';
import type { ZipArchive } from './zip-reader';

/**
 * The shared string table: the one part that must be held in memory, since any cell may point
 * at any string. `maxChars` and `maxCount` bound it (XLSX_TOO_MANY_STRINGS), counting a string
 * still being read, so neither one endless string nor millions of empty ones can fill memory.
 */
export async function readSharedStrings(
  archive: ZipArchive,
  path: string | null,
  maxChars = MAX_SHARED_STRING_CHARS,
  maxCount = MAX_SHARED_STRINGS,
): Promise<string[]> {
  const entry = path ? findEntry(archive, path) : undefined;
  if (!entry) return [];
  const strings: string[] = [];
  let total = 0;
  let current = '';
  let inText = false;
  let phonetic = 0; // <rPh> runs hold reading aids (furigana), not the cell's text
  const scanner = new XmlScanner({
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        total += current.length;
        strings.push(decodeOoxmlEscapes(current));
        current = '';
        if (strings.length > maxCount) throw tooManyStrings(maxChars, maxCount);
      }
    },
    text(text) {
      if (!inText) return;
      current += text;
      if (total + current.length > maxChars) throw tooManyStrings(maxChars, maxCount);
    },
  });
  for await (const text of entryText(archive, entry)) scanner.write(text);
  scanner.end();
  return strings;
}

function tooManyStrings(maxChars: number, maxCount: number): SourceError {
  const millions = (n: number) => Math.round(n / 100_000) / 10;
  return new SourceError(
    'XLSX_TOO_MANY_STRINGS',
    `The workbook's text table is too large (more than ${millions(maxCount)} million texts or ${millions(maxChars)} million characters). Save the sales sheet alone as CSV and upload that.`,
    `La tabla de textos del libro es demasiado grande (más de ${millions(maxCount)} millones de textos o ${millions(maxChars)} millones de caracteres). Guarda solo la hoja de ventas como CSV y súbela.`,
    { maxChars, maxCount },
  );
}
