/** PostgreSQL COPY text format: tab-separated, `\N` for null, backslash escapes. */

// PostgreSQL text cannot hold NUL at all: a NUL byte in a file (binary junk, a broken export)
// becomes U+FFFD, the replacement character, instead of failing the whole COPY.
const NEEDS_ESCAPE = /[\\\t\n\r\0]/;

export function copyValue(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[\\\t\n\r\0]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\uFFFD',
  );
}

export function copyRow(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += '\t';
    out += copyValue(values[i]);
  }
  return `${out}\n`;
}
