import type { AskAnswer, AskHistoryItem, AskLanguage } from '@ayni/contracts';
import { api, type Envelope } from '../../../lib/api-client';

/** Asks AYNI about the company's data; the answer carries its figures, chart and link. */
export async function askAyni(
  companyId: string,
  question: string,
  language: AskLanguage,
): Promise<AskAnswer> {
  const body = await api.post<Envelope<AskAnswer>>(`/api/v1/companies/${encodeURIComponent(companyId)}/ask`, {
    question,
    language,
  });
  return body.data;
}

export const askKeys = { history: (companyId: string) => ['ask-history', companyId] as const };

/** The user's latest questions in this company, newest first. */
export async function getAskHistory(companyId: string, signal?: AbortSignal): Promise<AskHistoryItem[]> {
  const body = await api.get<Envelope<AskHistoryItem[]>>(
    `/api/v1/companies/${encodeURIComponent(companyId)}/ask/history?limit=5`,
    { signal },
  );
  return body.data;
}
