import type { AskAnswer, AskLanguage } from '@ayni/contracts';
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
