import type { AskAnswer, AskLanguage } from '@ayni/contracts';
import { inCompany, insertSaleLines } from '@ayni/db';
import { generateDemoSales } from '@ayni/db/seed';
import { afterAll, beforeAll, expect } from 'vitest';
import { recomputeFeaturesAlone } from '../src/modules/analytics/recompute-features';
import { askedOn, postQuestion } from './ask-client';
import { buildTestApp, createOwner, loginAs, type TestApp } from './helpers';

/** Last day of the demo data the Ask tests share (build their apps with `askNow: askedOn(DEMO_DATA_THROUGH)`). */
export const DEMO_DATA_THROUGH = '2025-11-20';

/**
 * A company of `t` holding the demo sales (fixed seed, 14 months to DEMO_DATA_THROUGH) with its
 * features computed, and its owner's token.
 */
export async function createDemoCompany(t: TestApp, name = 'Demo') {
  const owner = await createOwner(t.db, name);
  const lines = generateDemoSales({ seed: 20251008, endDate: DEMO_DATA_THROUGH, months: 14 });
  await inCompany(t.db.db, owner.company.id, (tx) => insertSaleLines(tx, owner.company.id, lines));
  await recomputeFeaturesAlone(t.db.pool, owner.company.id);
  const token = await loginAs(t.app, owner.email, owner.password);
  return { owner, token };
}

export interface DemoAsk {
  t: TestApp;
  owner: Awaited<ReturnType<typeof createOwner>>;
  token: string;
  /** The owner's question answered (any kind). */
  ask: (question: string, language?: AskLanguage) => Promise<AskAnswer>;
  /** The same, asserted to be answered with figures (`kind: 'query'`). */
  query: (question: string, language?: AskLanguage) => Promise<AskAnswer>;
}

/**
 * The Ask tests' setup, in the `describe` that calls it: an app whose Ask clock is noon of
 * DEMO_DATA_THROUGH, the demo company and its owner's token (filled in before the tests run),
 * closed after them.
 */
export function useDemoAsk(): DemoAsk {
  const demo = {} as DemoAsk;
  demo.ask = (question, language) =>
    postQuestion(demo.t.app, demo.token, demo.owner.company.id, question, language);
  demo.query = async (question, language) => {
    const answer = await demo.ask(question, language);
    expect(answer.kind, `${question}: ${answer.answer}`).toBe('query');
    return answer;
  };
  beforeAll(async () => {
    demo.t = await buildTestApp({ startWorker: false, askNow: askedOn(DEMO_DATA_THROUGH) });
    Object.assign(demo, await createDemoCompany(demo.t));
  }, 180_000);
  afterAll(() => demo.t.close());
  return demo;
}
