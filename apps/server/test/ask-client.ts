import type { AskAnswer } from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { bearer } from './helpers';

/**
 * Ask's clock for tests on data that ends on `day`: noon in Chile of that day. Calendar words
 * ("ayer", "el mes pasado", "octubre") count from it, so the answers do not move with the date
 * the suite runs on.
 */
export const askedOn = (day: string) => () => Date.parse(`${day}T15:00:00Z`);

/** Posts a question to `POST /companies/{id}/ask` as `token`; the answer (status 200 asserted). */
export async function postQuestion(
  app: FastifyInstance,
  token: string,
  companyId: string,
  question: string,
  language?: 'es' | 'en',
): Promise<AskAnswer> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/companies/${companyId}/ask`,
    headers: bearer(token),
    payload: language ? { question, language } : { question },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data as AskAnswer;
}
