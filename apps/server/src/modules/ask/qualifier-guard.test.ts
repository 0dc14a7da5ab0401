import { isDeepStrictEqual } from 'node:util';
import { ASK_DIMENSIONS, ASK_INTENTS, type AskAnswer, type AskQuery, askQuerySchema } from '@ayni/contracts';
import { upsertMacroObservations } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedOn } from '../../../test/ask-client';
import { createDemoCompany, DEMO_DATA_THROUGH } from '../../../test/demo-company';
import {
  bearer,
  buildTestApp,
  type createOwner,
  loginAs,
  silentLog,
  type TestApp,
} from '../../../test/helpers';
import type { ServiceContext } from '../../lib/context';
import { answerQuery } from './ask.service';
import { QUALIFIERS, type Qualifier, qualifierName, unsupportedQualifiers } from './qualifier-guard';

/*
 * Every kind of query (intent × dimension, as the contracts list them) with each qualifier
 * added, run on the demo data: the answer is a refusal, or its figures differ from the same
 * query without the qualifier. An executor that ignores a qualifier gives the same figures and
 * fails here, whether or not the guard's declarations say it applies it. (Products without a
 * sale, the product segment, are checked qualifier by qualifier against SQL in
 * ask-unsold-products.test.ts: their lists on the demo data are too often empty for this.)
 */

const DATA_THROUGH = DEMO_DATA_THROUGH;
const OCTOBER = { grain: 'month', from: '2025-10-01', to: '2025-10-31' } as const;
const SEPTEMBER = { grain: 'month', from: '2025-09-01', to: '2025-09-30' } as const;

/** Each kind's query without qualifiers; a long ranking, so a narrower slice reorders it visibly. */
const KINDS: AskQuery[] = ASK_INTENTS.flatMap((intent) =>
  ASK_DIMENSIONS.map((by) =>
    askQuerySchema.parse({
      intent,
      by,
      ranking: intent === 'value' ? null : { limit: 50 },
      segment: intent === 'segment' ? 'at_risk' : null,
    }),
  ),
);

/** The kind's query with these qualifiers (a comparison is of October against September). */
function withQualifiers(query: AskQuery, names: readonly Qualifier[], customer: string): AskQuery {
  const has = (name: Qualifier) => names.includes(name);
  return askQuerySchema.parse({
    ...query,
    filters: {
      location: has('location') ? 'Sucursal Providencia' : null,
      product: has('product') ? 'PAN-001' : null,
      // Not the product's category: applied, the two give nothing; one ignored, the other's figures.
      category: has('category') ? 'Bebidas' : null,
      customer: has('customer') ? customer : null,
      unit: has('unit') ? 'kg' : null,
      weekdays: has('weekdays') ? [6] : null,
      hours: has('hours') ? { from: 9, to: 12 } : null,
    },
    period: has('period') || has('compare') ? OCTOBER : null,
    compare: has('compare') ? SEPTEMBER : null,
    currency: has('uf') ? 'UF' : 'CLP',
  });
}

const context = { language: 'es', dataThrough: DATA_THROUGH, vocabulary: null, confidence: 1 } as const;

describe('Ask applies every qualifier of a query, or refuses it', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let ctx: ServiceContext;
  let customer: string;

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false, askNow: askedOn(DEMO_DATA_THROUGH) });
    ({ owner } = await createDemoCompany(t));
    await upsertMacroObservations(t.owner.db, [
      { series: 'uf', date: '2025-09-30', value: 39_485.65, source: 'test' },
      { series: 'uf', date: '2025-10-31', value: 39_597.67, source: 'test' },
      { series: 'uf', date: DATA_THROUGH, value: 39_643.59, source: 'test' },
    ]);
    ctx = {
      companyId: owner.company.id,
      userId: owner.user.id,
      role: 'owner',
      db: t.db.db,
      log: silentLog,
      requestId: 'test',
      origin: { ip: null, userAgent: null },
    };
    const customers = (
      await answerQuery(
        ctx,
        KINDS.find((q) => q.intent === 'ranking' && q.by === 'customer') as AskQuery,
        context,
      )
    ).values;
    customer = customers[0]?.key ?? '';
  }, 180_000);
  afterAll(() => t.close());

  const run = (query: AskQuery) => answerQuery(ctx, query, context);
  const answers = new Map<string, Promise<AskAnswer>>();
  const runOnce = (query: AskQuery) => {
    const key = JSON.stringify(query);
    if (!answers.has(key)) answers.set(key, run(query));
    return answers.get(key) as Promise<AskAnswer>;
  };
  const figures = (answer: AskAnswer) =>
    answer.values.map(({ key, value, previous }) => [key, value, previous]);

  it('on every kind of query, each qualifier added alone or to another one', async () => {
    expect(customer).not.toBe('');
    const wrong: string[] = [];
    const bases: Qualifier[][] = [[], ...QUALIFIERS.map((name) => [name])];
    for (const kind of KINDS) {
      for (const base of bases) {
        // A comparison carries its period already.
        const added = QUALIFIERS.filter(
          (q) => !base.includes(q) && !(q === 'period' && base.includes('compare')),
        );
        for (const name of added) {
          const what = `${kind.intent}/${kind.by} + ${[...base, name].join(' + ')}`;
          const wrongIf = (condition: boolean, why: string) => condition && wrong.push(`${what}: ${why}`);
          const query = withQualifiers(kind, [...base, name], customer);
          const answer = await run(query);
          if (unsupportedQualifiers(query).includes(name)) {
            const named = answer.kind === 'unanswerable' && answer.answer.includes(qualifierName(name, 'es'));
            wrongIf(!named, `not refused by name (${answer.answer})`);
            continue;
          }
          // Refused for a reason of its own (a metric or a combination the data does not hold).
          if (answer.kind === 'unanswerable') continue;
          // Without the qualifier (a comparison's own period stays).
          const bare = await runOnce(
            withQualifiers(kind, name === 'compare' ? [...base, 'period'] : base, customer),
          );
          wrongIf(isDeepStrictEqual(figures(answer), figures(bare)), 'same figures as without it');
          // A comparison gives figures of the other period: not none, nor this period's again.
          const compared = answer.values.some((v) => v.previous != null && v.previous !== v.value);
          wrongIf(name === 'compare' && !compared, 'nothing of the compared period');
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 600_000);

  it('refuses at-risk and lost customers of a branch, saying why, in Spanish and English', async () => {
    const token = await loginAs(t.app, owner.email, owner.password);
    const ask = async (question: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/companies/${owner.company.id}/ask`,
        headers: bearer(token),
        payload: { question },
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().data as AskAnswer;
    };
    for (const question of [
      'clientes en riesgo en Providencia',
      'clientes perdidos de la sucursal Providencia',
    ]) {
      const answer = await ask(question);
      expect(answer).toMatchObject({ kind: 'unanswerable', values: [], link: null });
      expect(answer.answer).toContain('la sucursal «Sucursal Providencia»');
      expect(answer.answer).toContain('última compra de cada cliente en toda la empresa');
    }
    const english = await ask('at risk customers in providencia');
    expect(english).toMatchObject({ kind: 'unanswerable', values: [], link: null });
    expect(english.answer).toContain('the branch «Sucursal Providencia»');
    expect(english.answer).toContain('last purchase anywhere in the company');
    // Without a branch it still answers, company-wide.
    expect((await ask('clientes en riesgo')).kind).toBe('query');
  });
});
