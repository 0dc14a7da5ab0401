import { type CsvDelimiter, csvLine } from '../../lib/spreadsheet-safe';
import type { ExportColumn } from './export-columns';
import type { ExportSink, RowWriter } from './row-writer';

/**
 * CSV: UTF-8 with a byte order mark (Excel reads the accents), CRLF, header in the chosen
 * language, raw values (ISO dates, numbers without thousands separators); text that starts like a
 * formula gets a leading `'` (lib/spreadsheet-safe). With `;`, decimals are written `12,5`.
 */
export function csvRowWriter(sink: ExportSink, columns: ExportColumn[], delimiter: CsvDelimiter): RowWriter {
  return {
    async start() {
      await sink.write(
        `\uFEFF${csvLine(
          columns.map((c) => c.header),
          delimiter,
        )}`,
      );
    },
    async rows(rows) {
      let text = '';
      for (const row of rows)
        text += csvLine(
          columns.map((c) => row[c.name]),
          delimiter,
        );
      if (text) await sink.write(text);
    },
    async end() {
      await sink.end();
    },
  };
}
