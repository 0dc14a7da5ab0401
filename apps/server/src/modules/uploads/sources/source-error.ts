export type SourceErrorCode =
  | 'XLSX_UNREADABLE'
  | 'XLSX_SHEET_NOT_FOUND'
  | 'GZIP_UNREADABLE'
  | 'GZIP_TOO_LARGE'
  | 'XLSX_TOO_LARGE'
  | 'XLSX_TOO_MANY_STRINGS'
  | 'XLSX_ROW_TOO_LONG';

/**
 * A file that cannot be read as what it claims to be. Carries both languages because it ends up
 * on the upload's status, shown to the user, not only in the log.
 */
export class SourceError extends Error {
  constructor(
    readonly code: SourceErrorCode,
    readonly message_en: string,
    readonly message_es: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message_en, options);
    this.name = 'SourceError';
  }
}
