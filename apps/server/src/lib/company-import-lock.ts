/**
 * Name of the PostgreSQL advisory lock (hashed with hashtextextended) held by whatever rewrites
 * a company's lines or the figures computed from them: its imports (in submission order), upload
 * deletions and full recomputes. Holding it, each sees the others' work committed, never half.
 */
export const companyImportLockKey = (companyId: string) => `ayni.uploads.${companyId}`;
