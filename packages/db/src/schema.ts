import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    /** Base32 TOTP secret; set while enrolling, active once `totpEnabledAt` is set. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** Last TOTP time step accepted: a code is never accepted twice (replay protection). */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`)],
);

export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    rut: text('rut').notNull(),
    industry: text('industry').notNull(),
    size: text('size').notNull(),
    region: text('region').notNull(),
    /** IANA zone the company's wall-clock sale times are in; days and hours are computed in it. */
    timezone: text('timezone').notNull().default('America/Santiago'),
    /** Analysis settings (margin threshold, staff capacity, trade profile…); shape in contracts. */
    settings: jsonb('settings').notNull().default({}),
    /** Contributes to and sees the anonymous industry benchmarks (opt-out at any time). */
    benchmarkOptIn: boolean('benchmark_opt_in').notNull().default(true),
    /** Generated demo data: compared only with other demo companies, never in real cohorts. */
    isDemo: boolean('is_demo').notNull().default(false),
    /** Soft delete: hidden at once, all data hard-deleted after `purgeAfter`. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    purgeAfter: timestamp('purge_after', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('companies_rut_key').on(t.rut)],
);

export const memberships = pgTable(
  'memberships',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

export const locations = pgTable(
  'locations',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    address: text('address'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.id] })],
);

/**
 * One row per sold (or returned) line of a ticket. Returns carry negative quantity and amounts.
 * Natural key: (company, document, product, occurrence of that product within the document),
 * so re-uploading a file updates lines instead of adding them twice.
 */
export const saleLines = pgTable(
  'sale_lines',
  {
    // No foreign key on purpose: its per-row check was a third of a bulk import's write time.
    // The company's lines are deleted explicitly when it is purged (purgeCompany).
    companyId: uuid('company_id').notNull(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    /** `in_trans_id`: the ticket, invoice or credit note. */
    documentId: text('document_id').notNull(),
    /** Position of the line within its document (1-based). */
    lineNo: integer('line_no').notNull(),
    /** `in_product_id` */
    sku: text('sku').notNull(),
    /** 1 for the first line of this product in the document, 2 for the second, ... */
    occurrence: integer('occurrence').notNull().default(1),
    soldAt: timestamp('sold_at', { withTimezone: true }).notNull(),
    locationName: text('location_name'),
    productName: text('product_name'),
    category: text('category'),
    customerId: text('customer_id'),
    unit: text('unit'),
    quantity: numeric('quantity', { precision: 14, scale: 3, mode: 'number' }).notNull(),
    unitPrice: numeric('unit_price', { precision: 16, scale: 2, mode: 'number' }).notNull(),
    total: numeric('total', { precision: 16, scale: 2, mode: 'number' }).notNull(),
    isReturn: boolean('is_return').notNull().default(false),
    transType: text('trans_type'),
    documentType: text('document_type'),
    stock: numeric('stock', { precision: 16, scale: 3, mode: 'number' }),
    costUnit: numeric('cost_unit', { precision: 16, scale: 2, mode: 'number' }),
    costTotal: numeric('cost_total', { precision: 16, scale: 2, mode: 'number' }),
    discountTotal: numeric('discount_total', { precision: 16, scale: 2, mode: 'number' }),
    margin: numeric('margin', { precision: 16, scale: 2, mode: 'number' }),
    /** Source columns that map to no canonical field, kept as written. */
    extra: jsonb('extra'),
    /** The upload that last wrote this line (null for seeded data). */
    uploadId: uuid('upload_id'),
    /** Line of the source file it came from, for support questions. */
    sourceLine: integer('source_line'),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('sale_lines_natural_key').on(t.companyId, t.documentId, t.sku, t.occurrence),
    // Deleting an upload's lines scans the company's lines instead of keeping an index on
    // upload_id that every import would have to maintain.
    index('sale_lines_company_sold_at_idx').on(t.companyId, t.soldAt),
  ],
);

/** Daily rollup written by the `analytics.refresh` job; rebuilt whole for a company, so re-runs are harmless. */
export const dailySales = pgTable(
  'daily_sales',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    /** Sum of sale lines (returns excluded), CLP. */
    grossSales: numeric('gross_sales', { precision: 18, scale: 2, mode: 'number' }).notNull(),
    /** Sum of credit-note lines as a positive amount, CLP. */
    returns: numeric('returns', { precision: 18, scale: 2, mode: 'number' }).notNull(),
    /** Distinct sale documents (credit notes excluded). */
    tickets: integer('tickets').notNull(),
    /** Net quantity of products sold by the unit ('un'); weighed products are not units. */
    units: numeric('units', { precision: 18, scale: 3, mode: 'number' }).notNull(),
    lines: integer('lines').notNull(),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.day] })],
);

/**
 * The feature engine's output, one row per level × entity × period (a month of the company, a
 * product's month, a customer's lifetime...). `values` holds the row's features by catalog name;
 * rewritten in the same transaction as the lines they come from.
 */
export const featureRows = pgTable(
  'feature_rows',
  {
    // No foreign key, like sale_lines: rewritten in bulk; purgeCompany deletes them explicitly.
    companyId: uuid('company_id').notNull(),
    /** Engine level: 'day', 'week', 'month', 'product_month', 'customer', ... */
    level: text('level').notNull(),
    /** Product, customer, category or branch the row is about; '' for company-wide levels. */
    entity: text('entity').notNull().default(''),
    /** '2025-03-14', '2025-W11', '2025-03', '2025-Q1', '2025'; '' for lifetime rows. */
    period: text('period').notNull().default(''),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    values: jsonb('values').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.level, t.entity, t.period] }),
    index('feature_rows_period_idx').on(t.companyId, t.level, t.periodStart),
  ],
);

/** When the company's features were last computed and what data they cover. */
export const featureState = pgTable('feature_state', {
  companyId: uuid('company_id')
    .primaryKey()
    .references(() => companies.id, { onDelete: 'cascade' }),
  /** Local date of the latest line (`meta.data_through`), null without lines. */
  dataThrough: date('data_through', { mode: 'string' }),
  lines: integer('lines').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  durationMs: integer('duration_ms').notNull(),
});

/**
 * The company's insights (products, customers, baskets, operations, trends, anomalies, alerts),
 * one JSON document per section, rewritten with the features after every import.
 */
export const companyInsights = pgTable(
  'company_insights',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    section: text('section').notNull(),
    payload: jsonb('payload').notNull(),
    dataThrough: date('data_through', { mode: 'string' }),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.section] })],
);

/**
 * Chilean macro indicators (UF, dólar, IPC, IMACEC…), one value per series and local date.
 * Public data, shared by every company: no company_id, no row-level security.
 */
export const macroObservations = pgTable(
  'macro_observations',
  {
    series: text('series').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    /** 'mindicador', 'bcch', 'snapshot'. */
    source: text('source').notNull(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.series, t.date] })],
);

/**
 * Benchmark aggregates, one row per (population, grain, period, metric, cut): only counts,
 * the disclosure decision and trimmed percentiles, never a company's value or id. Written by
 * the `benchmarks.compute` job; no company_id, so no row-level security.
 */
export const benchmarkResults = pgTable(
  'benchmark_results',
  {
    /** 'real', or 'demo' for the generated demo companies (never mixed). */
    population: text('population').notNull(),
    grain: text('grain').notNull(),
    period: text('period').notNull(),
    metric: text('metric').notNull(),
    /** `all`, `industry:retail`, `industry_size:retail|small`, `industry_region:retail|<region>`. */
    cut: text('cut').notNull(),
    n: integer('n').notNull(),
    visible: boolean('visible').notNull(),
    /** Why a cut is hidden: {code, required?, actual?}; null when visible. */
    reason: jsonb('reason'),
    p10: doublePrecision('p10'),
    p25: doublePrecision('p25'),
    p50: doublePrecision('p50'),
    p75: doublePrecision('p75'),
    p90: doublePrecision('p90'),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.population, t.grain, t.period, t.metric, t.cut] })],
);

/**
 * A company's own standing per (grain, period): its metric values and its percentile rank in
 * each visible cut it belongs to (`{metric: {value, ranks: {cut: rank}}}`). Tenant data.
 */
export const benchmarkPositions = pgTable(
  'benchmark_positions',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    grain: text('grain').notNull(),
    period: text('period').notNull(),
    population: text('population').notNull(),
    values: jsonb('values').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.grain, t.period] })],
);

/** Durable job store of the in-process queue (embedded mode). BullMQ keeps its own in Redis. */
export const jobs = pgTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lastError: text('last_error'),
    requestId: text('request_id'),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('jobs_ready_idx').on(t.status, t.runAt)],
);

/** Key/value settings the platform keeps about itself (e.g. whether the demo was seeded). */
export const platformSettings = pgTable('platform_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Opaque refresh tokens, stored hashed; rotation keeps a family so reuse can revoke all of it. */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    familyId: uuid('family_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    replacedBy: uuid('replaced_by'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('refresh_tokens_hash_key').on(t.tokenHash),
    index('refresh_tokens_family_idx').on(t.familyId),
  ],
);

/** One-time e-mail tokens (verify e-mail, reset password), stored hashed. */
export const userTokens = pgTable(
  'user_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('user_tokens_hash_key').on(t.tokenHash)],
);

/** Two-factor recovery codes, stored hashed, each usable once. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

/** Sign-in history (ok, failed, locked), platform-wide: a login belongs to a user, not a company. */
export const authEvents = pgTable(
  'auth_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    kind: text('kind').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
  },
  (t) => [index('auth_events_user_idx').on(t.userId, t.createdAt)],
);

/** Mail written here when no SMTP server is configured (and kept as a record when one is). */
export const emailOutbox = pgTable('email_outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html'),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  error: text('error'),
  createdAt: createdAt(),
});

/** Invitations to join a company, by e-mail link (token stored hashed, valid 7 days). */
export const invitations = pgTable(
  'invitations',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    email: text('email').notNull(),
    role: text('role').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.id] }), uniqueIndex('invitations_token_key').on(t.tokenHash)],
);

/** Append-only record of what happened in a company: who, what, when, from where, on what. */
export const auditLog = pgTable(
  'audit_log',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    id: bigserial('id', { mode: 'number' }).notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    metadata: jsonb('metadata').notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('audit_log_company_time_idx').on(t.companyId, t.createdAt),
  ],
);

/**
 * What platform admins did (disable or enable an account, ...): no company, so not a tenant
 * table. Append-only for the application; readable and writable only in platform scope.
 */
export const platformAudit = pgTable(
  'platform_audit',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The platform admin; null once that account is gone. */
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    metadata: jsonb('metadata').notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('platform_audit_time_idx').on(t.createdAt)],
);

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

/** Questions asked to Ask AYNI, per user and company, with the answer given (the user's history). */
export const askHistory = pgTable(
  'ask_history',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    question: text('question').notNull(),
    language: text('language').notNull(),
    /** query, help or unanswerable. */
    kind: text('kind').notNull(),
    answer: text('answer').notNull(),
    /** The structured query run, when there was one. */
    query: jsonb('query'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('ask_history_user_idx').on(t.companyId, t.userId, t.createdAt),
  ],
);
