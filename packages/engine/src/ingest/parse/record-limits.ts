/**
 * An opening quote whose record would grow past this many characters is taken as a stray quote:
 * it is kept as text and its line re-read unquoted, so one typo cannot swallow the file (or the
 * memory) and the rest still parses. No real sales record comes near 1 MB.
 */
export const MAX_QUOTED_RECORD_CHARS = 1024 * 1024;

/**
 * Longest record the reader holds while waiting for its line break. A stray quote gives up at
 * MAX_QUOTED_RECORD_CHARS and is re-read as its physical line, so legitimate leftovers stay under
 * that; twice as much leaves room for one long unquoted line and still stops a file without line
 * breaks (say 1 GB on one line) after a few megabytes instead of holding all of it in memory.
 */
export const MAX_RECORD_CHARS = 2 * MAX_QUOTED_RECORD_CHARS;

/**
 * The text cannot be split into records within the reader's bounds. Carries a code and both
 * languages, like the server's file errors, because the message reaches the user.
 */
export class RecordTooLongError extends Error {
  readonly code = 'RECORD_TOO_LONG';
  readonly messageEs: string;
  readonly messageEn: string;

  constructor(readonly line: number) {
    const mb = MAX_RECORD_CHARS / (1024 * 1024);
    const en = `Line ${line} goes on for more than ${mb} million characters without ending: the file has no line breaks or a broken quote. Upload a CSV with one sale per line.`;
    super(en);
    this.name = 'RecordTooLongError';
    this.messageEn = en;
    this.messageEs = `La línea ${line} supera los ${mb} millones de caracteres sin terminar: el archivo no tiene saltos de línea o tiene comillas rotas. Sube un CSV con una venta por línea.`;
  }
}
