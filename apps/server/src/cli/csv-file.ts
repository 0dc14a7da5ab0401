import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

/** One CSV cell: quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A comma-separated UTF-8 file written row by row, with backpressure. */
export class CsvFileWriter {
  private readonly out: WriteStream;
  private buffer: string;
  private error: Error | null = null;
  rows = 0;

  constructor(
    file: string,
    private readonly columns: readonly string[],
  ) {
    this.out = createWriteStream(file, { encoding: 'utf8' });
    this.out.on('error', (err) => {
      this.error = err;
    });
    this.buffer = `${columns.map(csvCell).join(',')}\n`;
  }

  async write(row: Record<string, unknown>): Promise<void> {
    if (this.error) throw this.error;
    this.buffer += `${this.columns.map((c) => csvCell(row[c])).join(',')}\n`;
    this.rows++;
    if (this.buffer.length > 1 << 16) {
      const chunk = this.buffer;
      this.buffer = '';
      if (!this.out.write(chunk)) await once(this.out, 'drain');
    }
  }

  async close(): Promise<void> {
    this.out.end(this.buffer);
    this.buffer = '';
    await once(this.out, 'close');
    if (this.error) throw this.error;
  }
}

/**
 * Writes rows of plain objects; the columns are those of the first row unless given. `rows` is
 * read once, row by row (a stream of rows is never collected).
 */
export async function writeCsvFile(
  file: string,
  rows: Iterable<Record<string, unknown>>,
  columns?: readonly string[],
): Promise<number> {
  const iterator = rows[Symbol.iterator]();
  const first = iterator.next();
  const writer = new CsvFileWriter(file, columns ?? (first.done ? [] : Object.keys(first.value)));
  for (let next = first; !next.done; next = iterator.next()) await writer.write(next.value);
  await writer.close();
  return writer.rows;
}
