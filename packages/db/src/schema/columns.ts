import { timestamp } from 'drizzle-orm/pg-core';

/** `created_at`, set by PostgreSQL when the row is written. */
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
