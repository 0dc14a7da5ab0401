import { decodeOoxmlEscapes } from './xlsx-cell-text';
import { entryText, findEntry } from './xlsx-parts';
import { XmlScanner } from './xml-scanner';
import type { ZipArchive } from './zip-reader';

/**
 * The shared string table: the one part that must be held in memory, since any cell may point
 * at any string. `maxChars` bounds it against decompression bombs.
 */
export async function readSharedStrings(
  archive: ZipArchive,
  path: string | null,
  maxChars: number,
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
        if (total > maxChars) throw new Error(`shared strings exceed ${maxChars} characters`);
        strings.push(decodeOoxmlEscapes(current));
      }
    },
    text(text) {
      if (inText) current += text;
    },
  });
  for await (const text of entryText(archive, entry)) scanner.write(text);
  scanner.end();
  return strings;
}
