import type { AskAnswer } from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from './helpers';
import { uploadAndWait } from './upload-helpers';

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

/** A company with one hand-made sales file imported, its owner signed in, asking (`useAskCompany`). */
export interface AskCompany {
  t: TestApp;
  owner: Awaited<ReturnType<typeof createOwner>>;
  token: string;
  ask(question: string, language?: 'es' | 'en'): Promise<AskAnswer>;
  /**
   * Σ `sum` of the stored lines whose local day is in [from, to], per `by` (a column; one group
   * without), largest first: what an answer's figures are checked against.
   */
  sqlSums(sum: string, from: string, to: string, by?: string): Promise<[string, number | null][]>;
}

/**
 * Builds the app with Ask's clock on `askedOn`, creates an owner and imports `csv` for them
 * before the suite's tests (vitest hooks); closes the app after them.
 */
export function useAskCompany(options: { askedOn: string; name: string; csv: string }): AskCompany {
  const company = {} as AskCompany;
  beforeAll(async () => {
    const t = await buildTestApp({ askNow: askedOn(options.askedOn) });
    const owner = await createOwner(t.db, options.name);
    const token = await loginAs(t.app, owner.email, owner.password);
    const upload = await uploadAndWait(t.app, token, owner.company.id, {
      name: 'ventas.csv',
      content: options.csv,
    });
    expect(upload.status).toBe('completed');
    Object.assign(company, {
      t,
      owner,
      token,
      ask: (question: string, language: 'es' | 'en' = 'es') =>
        postQuestion(t.app, token, owner.company.id, question, language),
      sqlSums: async (sum: string, from: string, to: string, by = "''") => {
        const { rows } = await t.owner.pool.query<{ key: string; value: string | null }>(
          `select ${by} as key, sum(${sum})::text as value from sale_lines
           where company_id = $1 and (sold_at at time zone 'America/Santiago')::date between $2 and $3
           group by 1 order by sum(${sum}) desc nulls last, 1`,
          [owner.company.id, from, to],
        );
        return rows.map((row) => [row.key, row.value === null ? null : Number(row.value)]);
      },
    });
  }, 60_000);
  afterAll(() => company.t?.close());
  return company;
}
