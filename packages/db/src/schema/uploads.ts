import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { companies, users } from './accounts';
import { createdAt } from './columns';

// Uploads and their life: the file, its rejected and warned lines, what it changed, its level files, saved mappings.

/** One uploaded sales file and the life of its import. */
export const uploads = pgTable(
  'uploads',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    /** Submission order: one company's uploads are processed strictly in this order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    filename: text('filename').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull().default(0),
    storageKey: text('storage_key'),
    rawDeletedAt: timestamp('raw_deleted_at', { withTimezone: true }),
    mode: text('mode').notNull().default('append'),
    locationName: text('location_name'),
    sheet: text('sheet'),
    mapping: jsonb('mapping'),
    templateId: uuid('template_id'),
    status: text('status').notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    linesProcessed: integer('lines_processed').notNull().default(0),
    linesTotal: integer('lines_total'),
    rows: jsonb('rows'),
    /**
     * Lines per warning code (`{"MISSING_OPTIONAL": 600000}`), exact: `upload_issues` keeps only
     * a sample of each code's warned lines. Null for uploads imported before it was counted.
     */
    warningCounts: jsonb('warning_counts'),
    detected: jsonb('detected'),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    errorMessageEs: text('error_message_es'),
    cancelRequested: boolean('cancel_requested').notNull().default(false),
    attempts: integer('attempts').notNull().default(0),
    /**
     * Its intermediate files (`upload_files`): 'building' from the import's commit, then
     * 'ready' or 'failed'; null when none are built (not completed, or older than the feature).
     */
    filesStatus: text('files_status'),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('uploads_id_key').on(t.id),
    index('uploads_company_seq_idx').on(t.companyId, t.seq),
  ],
);

/** Rejected, skipped and warned lines of an upload, each with its reason. */
export const uploadIssues = pgTable(
  'upload_issues',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    uploadId: uuid('upload_id').notNull(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    line: integer('line').notNull(),
    severity: text('severity').notNull(),
    code: text('code').notNull(),
    columnName: text('column_name'),
    messageEs: text('message_es').notNull(),
    messageEn: text('message_en').notNull(),
    raw: text('raw'),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('upload_issues_upload_idx').on(t.companyId, t.uploadId, t.severity, t.line),
  ],
);

/** What an upload changed, per affected period (day, ISO week, month, quarter, year). */
export const uploadChanges = pgTable(
  'upload_changes',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    uploadId: uuid('upload_id').notNull(),
    /** 'upload' for the import itself, 'delete' when the upload was later removed. */
    action: text('action').notNull().default('upload'),
    periodType: text('period_type').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    linesBefore: integer('lines_before').notNull(),
    linesAfter: integer('lines_after').notNull(),
    inserted: integer('inserted').notNull(),
    updated: integer('updated').notNull(),
    deleted: integer('deleted').notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.uploadId, t.action, t.periodType, t.periodStart] })],
);

/**
 * The files built from the company's lines after an upload completed (GabeDA's intermediate
 * files): one CSV per engine level and `levels.xlsx`, stored encrypted in the FileStorage
 * under `storage_key`. A row exists once its file is completely stored.
 */
export const uploadFiles = pgTable(
  'upload_files',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    uploadId: uuid('upload_id').notNull(),
    /** `month.csv`, `product_day.csv`, ..., `levels.xlsx`. */
    name: text('name').notNull(),
    /** Engine level; null for the workbook of every level. */
    level: text('level'),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    /** Data rows (header excluded); for the workbook, the sum over its sheets. */
    rows: integer('rows').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.uploadId, t.name] })],
);

/** A saved column mapping, applied automatically to files with the same headers. */
export const mappingTemplates = pgTable(
  'mapping_templates',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    /** Normalized, sorted header names joined with a separator: how a file is recognized. */
    headerKey: text('header_key').notNull(),
    headers: jsonb('headers').notNull(),
    mapping: jsonb('mapping').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('mapping_templates_name_key').on(t.companyId, t.name),
    index('mapping_templates_header_idx').on(t.companyId, t.headerKey),
  ],
);
