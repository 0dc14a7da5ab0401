/**
 * A problem with the file itself (empty, unreadable, no recognizable columns): the upload
 * fails with this code and message; retrying cannot help, so the job does not retry.
 */
export class IngestError extends Error {
  constructor(
    readonly code: string,
    readonly messageEs: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'IngestError';
  }
}

/** Thrown inside the import when the user cancelled it; the transaction rolls back. */
export class UploadCancelled extends Error {
  constructor() {
    super('upload cancelled');
    this.name = 'UploadCancelled';
  }
}

/**
 * File problems surface as IngestError; readers of other formats (XLSX) throw their own errors
 * with a code and both messages, which count as file problems too.
 */
export function asIngestError(err: unknown): IngestError | null {
  if (err instanceof IngestError) return err;
  const e = err as { code?: unknown; message_es?: unknown; message_en?: unknown; messageEs?: unknown };
  if (typeof e?.code === 'string' && (typeof e.message_es === 'string' || typeof e.messageEs === 'string')) {
    const es = (e.message_es ?? e.messageEs) as string;
    const en = typeof e.message_en === 'string' ? e.message_en : (err as Error).message;
    return new IngestError(e.code, es, en);
  }
  if (e?.code === 'STORAGE_NOT_FOUND') {
    return new IngestError(
      'RAW_FILE_MISSING',
      'El archivo original ya no está guardado; vuelve a subirlo.',
      'The original file is no longer stored; upload it again.',
    );
  }
  // Corrupt gzip streams fail inside zlib.
  if (typeof e?.code === 'string' && (e.code as string).startsWith('Z_')) {
    return new IngestError(
      'UNREADABLE_FILE',
      'El archivo comprimido está dañado o incompleto.',
      'The compressed file is damaged or incomplete.',
    );
  }
  return null;
}
