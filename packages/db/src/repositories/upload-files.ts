import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { companies, uploadFiles, uploads } from '../schema';

export type UploadFileRow = typeof uploadFiles.$inferSelect;
export type NewUploadFile = Omit<typeof uploadFiles.$inferInsert, 'companyId' | 'uploadId' | 'createdAt'>;

/**
 * Records a stored file of an upload (replacing an earlier one of the same name), only while
 * the company is there and the upload still completed: the upload row is locked (FOR SHARE), so a deletion either
 * waits for this row, and removes it, or has already marked the upload and this inserts
 * nothing. Returns the row, or null when the upload is no longer there to take it.
 */
export async function registerUploadFile(
  db: Database,
  companyId: string,
  uploadId: string,
  file: NewUploadFile,
): Promise<UploadFileRow | null> {
  // The company first, as a purge locks it (FOR UPDATE) before its cascade deletes the upload:
  // locking the upload first and then meeting the company in the insert's foreign-key check
  // deadlocked with a purge. KEY SHARE lets everything else that updates the company through.
  const [company] = await db
    .select({ id: companies.id })
    .from(companies)
    .where(eq(companies.id, companyId))
    .for('key share');
  if (!company) return null;
  const [upload] = await db
    .select({ id: uploads.id })
    .from(uploads)
    .where(and(eq(uploads.companyId, companyId), eq(uploads.id, uploadId), eq(uploads.status, 'completed')))
    .for('share');
  if (!upload) return null;
  const [row] = await db
    .insert(uploadFiles)
    .values({ ...file, companyId, uploadId })
    .onConflictDoUpdate({
      target: [uploadFiles.companyId, uploadFiles.uploadId, uploadFiles.name],
      set: {
        level: file.level ?? null,
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
        rows: file.rows,
        storageKey: file.storageKey,
        createdAt: sql`now()`,
      },
    })
    .returning();
  return row ?? null;
}

/** The upload's files, in the order they were written (levels first, the workbook last). */
export async function listUploadFiles(db: Database, companyId: string, uploadId: string) {
  return db
    .select()
    .from(uploadFiles)
    .where(and(eq(uploadFiles.companyId, companyId), eq(uploadFiles.uploadId, uploadId)))
    .orderBy(asc(uploadFiles.createdAt), asc(uploadFiles.name));
}

export async function getUploadFile(
  db: Database,
  companyId: string,
  uploadId: string,
  name: string,
): Promise<UploadFileRow | null> {
  const [row] = await db
    .select()
    .from(uploadFiles)
    .where(
      and(
        eq(uploadFiles.companyId, companyId),
        eq(uploadFiles.uploadId, uploadId),
        eq(uploadFiles.name, name),
      ),
    );
  return row ?? null;
}

/** Removes the upload's file rows; returns their storage keys (for the caller to delete). */
export async function deleteUploadFiles(
  db: Database,
  companyId: string,
  uploadId: string,
): Promise<string[]> {
  const rows = await db
    .delete(uploadFiles)
    .where(and(eq(uploadFiles.companyId, companyId), eq(uploadFiles.uploadId, uploadId)))
    .returning({ key: uploadFiles.storageKey });
  return rows.map((r) => r.key);
}

/** Sets the upload's files status ('building' | 'ready' | 'failed') while it is completed. */
export async function setUploadFilesStatus(
  db: Database,
  companyId: string,
  uploadId: string,
  status: 'building' | 'ready' | 'failed',
): Promise<boolean> {
  const rows = await db
    .update(uploads)
    .set({ filesStatus: status })
    .where(and(eq(uploads.companyId, companyId), eq(uploads.id, uploadId), eq(uploads.status, 'completed')))
    .returning({ id: uploads.id });
  return rows.length > 0;
}
