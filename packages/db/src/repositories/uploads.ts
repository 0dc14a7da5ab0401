import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { companies, uploadChanges, uploadFiles, uploadIssues, uploads } from '../schema';
import { reports } from '../schema-integrations';

export type UploadRow = typeof uploads.$inferSelect;
export type NewUpload = typeof uploads.$inferInsert;

/** Statuses of an import that has not finished (a crash may leave one of these behind). */
export const PENDING_UPLOAD_STATUSES = ['queued', 'validating', 'importing', 'aggregating'];

export async function insertUpload(db: Database, companyId: string, values: Omit<NewUpload, 'companyId'>) {
  const [row] = await db
    .insert(uploads)
    .values({ ...values, companyId })
    .returning();
  return row as UploadRow;
}

export async function getUpload(db: Database, companyId: string, id: string): Promise<UploadRow | null> {
  const [row] = await db
    .select()
    .from(uploads)
    .where(and(eq(uploads.companyId, companyId), eq(uploads.id, id)));
  return row ?? null;
}

/** Which company an upload belongs to; RLS shows only uploads of the caller's companies. */
export async function findUploadCompany(db: Database, id: string): Promise<string | null> {
  const [row] = await db.select({ companyId: uploads.companyId }).from(uploads).where(eq(uploads.id, id));
  return row?.companyId ?? null;
}

export async function listUploads(db: Database, companyId: string, limit: number, beforeSeq?: number) {
  return db
    .select()
    .from(uploads)
    .where(and(eq(uploads.companyId, companyId), beforeSeq ? lt(uploads.seq, beforeSeq) : undefined))
    .orderBy(desc(uploads.seq))
    .limit(limit);
}

/** The company's oldest unfinished upload: imports run strictly in submission order. */
export async function nextPendingUpload(db: Database, companyId: string): Promise<UploadRow | null> {
  const [row] = await db
    .select()
    .from(uploads)
    .where(and(eq(uploads.companyId, companyId), inArray(uploads.status, PENDING_UPLOAD_STATUSES)))
    .orderBy(asc(uploads.seq))
    .limit(1);
  return row ?? null;
}

/** The company's oldest unfinished upload created before `before`, if any (the resume sweep). */
export async function oldestStalledUpload(
  db: Database,
  companyId: string,
  before: Date,
): Promise<UploadRow | null> {
  const [row] = await db
    .select()
    .from(uploads)
    .where(
      and(
        eq(uploads.companyId, companyId),
        inArray(uploads.status, PENDING_UPLOAD_STATUSES),
        lt(uploads.createdAt, before),
      ),
    )
    .orderBy(asc(uploads.seq))
    .limit(1);
  return row ?? null;
}

export async function updateUpload(
  db: Database,
  companyId: string,
  id: string,
  values: Partial<Omit<NewUpload, 'companyId' | 'id'>>,
): Promise<UploadRow | null> {
  const [row] = await db
    .update(uploads)
    .set(values)
    .where(and(eq(uploads.companyId, companyId), eq(uploads.id, id)))
    .returning();
  return row ?? null;
}

/**
 * Asks to cancel: a queued upload is cancelled at once; a running one is flagged and its
 * import rolls back at its next progress check. Returns the row after the change, or null
 * when the upload had already finished.
 */
export async function requestCancel(db: Database, companyId: string, id: string): Promise<UploadRow | null> {
  const [row] = await db
    .update(uploads)
    .set({
      cancelRequested: true,
      status: sql`case when ${uploads.status} = 'queued' then 'cancelled' else ${uploads.status} end`,
      finishedAt: sql`case when ${uploads.status} = 'queued' then now() else ${uploads.finishedAt} end`,
    })
    .where(
      and(
        eq(uploads.companyId, companyId),
        eq(uploads.id, id),
        inArray(uploads.status, PENDING_UPLOAD_STATUSES),
      ),
    )
    .returning();
  return row ?? null;
}

export async function listIssues(
  db: Database,
  companyId: string,
  uploadId: string,
  severities: string[],
  afterId: number,
  limit: number,
) {
  return db
    .select()
    .from(uploadIssues)
    .where(and(issuesOf(companyId, uploadId, severities), sql`${uploadIssues.id} > ${afterId}`))
    .orderBy(asc(uploadIssues.id))
    .limit(limit);
}

/** Issues of some severities grouped by severity and code: how many, and the first few. */
export async function summarizeIssues(
  db: Database,
  companyId: string,
  uploadId: string,
  severities: string[],
  examples: number,
) {
  return db
    .select({
      severity: uploadIssues.severity,
      code: uploadIssues.code,
      listed: sql<number>`count(*)::int`,
      // A line may have several issues of one code (two columns with a bad number).
      lines: sql<number>`count(distinct ${uploadIssues.line})::int`,
      examples: sql<
        {
          line: number;
          column: string | null;
          message_es: string;
          message_en: string;
          original_text: string | null;
        }[]
      >`(array_agg(json_build_object('line', ${uploadIssues.line}, 'column', ${uploadIssues.columnName},
          'message_es', ${uploadIssues.messageEs}, 'message_en', ${uploadIssues.messageEn},
          'original_text', ${uploadIssues.raw})
          order by ${uploadIssues.line}, ${uploadIssues.id}))[1:${sql.raw(String(Math.trunc(examples)))}]`,
    })
    .from(uploadIssues)
    .where(issuesOf(companyId, uploadId, severities))
    .groupBy(uploadIssues.severity, uploadIssues.code);
}

const issuesOf = (companyId: string, uploadId: string, severities: string[]) =>
  and(
    eq(uploadIssues.companyId, companyId),
    eq(uploadIssues.uploadId, uploadId),
    inArray(uploadIssues.severity, severities),
  );

export async function listChanges(db: Database, companyId: string, uploadId: string) {
  return db
    .select()
    .from(uploadChanges)
    .where(and(eq(uploadChanges.companyId, companyId), eq(uploadChanges.uploadId, uploadId)))
    .orderBy(
      asc(uploadChanges.action),
      sql`array_position(array['year','quarter','month','week','day'], ${uploadChanges.periodType})`,
      asc(uploadChanges.periodStart),
    );
}

/** The company's stored originals older than the retention date. */
export async function listExpiredRawFiles(db: Database, companyId: string, olderThan: Date, limit = 500) {
  return db
    .select({ id: uploads.id, key: uploads.storageKey })
    .from(uploads)
    .where(
      and(
        eq(uploads.companyId, companyId),
        isNull(uploads.rawDeletedAt),
        lt(uploads.createdAt, olderThan),
        sql`${uploads.storageKey} is not null`,
      ),
    )
    .limit(limit);
}

/** Every company id, including soft-deleted ones (platform scope): for platform sweeps. */
export async function listCompanyIdsForPlatform(db: Database): Promise<string[]> {
  const rows = await db.select({ id: companies.id }).from(companies);
  return rows.map((r) => r.id);
}

/**
 * Keys of everything the company has in storage: original files not yet purged, the files
 * built from its uploads (`upload_files`) and its PDF reports.
 */
export async function listStoredFileKeys(db: Database, companyId: string): Promise<string[]> {
  const rows = await db
    .select({ key: uploads.storageKey })
    .from(uploads)
    .where(
      and(
        eq(uploads.companyId, companyId),
        isNull(uploads.rawDeletedAt),
        sql`${uploads.storageKey} is not null`,
      ),
    );
  const built = await db
    .select({ key: uploadFiles.storageKey })
    .from(uploadFiles)
    .where(eq(uploadFiles.companyId, companyId));
  const pdfs = await db
    .select({ key: reports.storageKey })
    .from(reports)
    .where(and(eq(reports.companyId, companyId), sql`${reports.storageKey} is not null`));
  return [
    ...rows.map((r) => r.key as string),
    ...built.map((r) => r.key),
    ...pdfs.map((r) => r.key as string),
  ];
}
