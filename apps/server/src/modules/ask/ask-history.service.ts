import { type AskAnswer, type AskHistoryItem, askQuerySchema } from '@ayni/contracts';
import { inCompany, insertAskHistory, listAskHistory } from '@ayni/db';
import type { ServiceContext } from '../../lib/context';

/** Keeps the question and its answer in the user's history (the figures stay in the answer text). */
export async function recordAsk(ctx: ServiceContext, question: string, answer: AskAnswer): Promise<void> {
  await inCompany(ctx.db, ctx.companyId, (tx) =>
    insertAskHistory(tx, ctx.companyId, {
      userId: ctx.userId,
      question,
      language: answer.language,
      kind: answer.kind,
      answer: answer.answer,
      query: answer.query,
    }),
  );
}

/** The user's own questions in this company, newest first (never another member's). */
export async function askHistoryOf(ctx: ServiceContext, limit: number): Promise<AskHistoryItem[]> {
  const rows = await inCompany(ctx.db, ctx.companyId, (tx) =>
    listAskHistory(tx, ctx.companyId, ctx.userId, limit),
  );
  return rows.map((row) => {
    const query = askQuerySchema.safeParse(row.query);
    return {
      id: row.id,
      question: row.question,
      language: row.language === 'en' ? 'en' : 'es',
      kind: row.kind as AskHistoryItem['kind'],
      answer: row.answer,
      query: row.query !== null && query.success ? query.data : null,
      created_at: row.createdAt.toISOString(),
    };
  });
}
