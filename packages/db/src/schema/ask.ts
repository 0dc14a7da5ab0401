import { index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { companies, users } from './accounts';
import { createdAt } from './columns';

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
