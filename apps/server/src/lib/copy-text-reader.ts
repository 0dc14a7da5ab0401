/**
 * Splits PostgreSQL `COPY ... TO STDOUT` text-format output into rows of fields: tab between
 * fields, newline between rows, `\N` for null, backslash escapes inside values. Chunks may end
 * anywhere, even inside a multi-byte character (the caller decodes with a streaming decoder).
 */
export class CopyTextReader {
  private rest = '';

  /** Rows completed by this chunk of text. */
  push(text: string): (string | null)[][] {
    const data = this.rest + text;
    const end = data.lastIndexOf('\n');
    if (end < 0) {
      this.rest = data;
      return [];
    }
    this.rest = data.slice(end + 1);
    const rows: (string | null)[][] = [];
    let start = 0;
    while (start <= end) {
      const newline = data.indexOf('\n', start);
      rows.push(splitRow(data.slice(start, newline)));
      start = newline + 1;
    }
    return rows;
  }

  /** COPY output always ends with a newline: anything left over means a cut stream. */
  end(): void {
    if (this.rest.length > 0) throw new Error('COPY output ended in the middle of a row');
  }
}

function splitRow(line: string): (string | null)[] {
  const fields = line.split('\t');
  const row: (string | null)[] = new Array(fields.length);
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as string;
    row[i] = field === '\\N' ? null : field.includes('\\') ? unescapeField(field) : field;
  }
  return row;
}

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

function unescapeField(field: string): string {
  return field.replace(/\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|(.))/g, (_, octal, hex, char) => {
    if (octal) return String.fromCharCode(Number.parseInt(octal, 8));
    if (hex) return String.fromCharCode(Number.parseInt(hex, 16));
    return ESCAPES[char] ?? char;
  });
}
