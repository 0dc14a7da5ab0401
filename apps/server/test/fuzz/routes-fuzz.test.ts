import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestApp } from '../helpers';
import { type FuzzRequest, type Operation, requestArbitrary } from './request-arbitrary';
import { B_MARKER, plantTenant, type Tenant } from './tenants';

/** Runs per operation, and the wall-time budget of the whole walk (a busy 2-core machine). */
const RUNS_PER_OPERATION = 25;
const BUDGET_MS = 100_000;
/** Printed on failure; set AYNI_FUZZ_SEED to replay a run. */
const SEED = Number(process.env.AYNI_FUZZ_SEED) || Math.floor(Math.random() * 2 ** 31);

/** `{error: {code, message, message_es}, meta}`, as plugins/error-handler.ts writes it. */
function isEnvelope(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown }; meta?: unknown };
    return (
      typeof parsed.error?.code === 'string' && typeof parsed.error.message === 'string' && !!parsed.meta
    );
  } catch {
    return false;
  }
}

/** A route documented to answer something else than JSON (e.g. an HTML page for an e-mail link). */
function documentedNonJson(operation: Operation, contentType: unknown): boolean {
  const type =
    String(contentType ?? '')
      .split(';')[0]
      ?.trim() ?? '';
  if (type === '' || type === 'application/json') return false;
  return Object.values(operation.responses ?? {}).some((r) => Object.keys(r.content ?? {}).includes(type));
}

/** Methods that change or end the session or the company run last, so the rest see a live tenant. */
function disruption(method: string, path: string): number {
  if (/logout|password|sessions|leave|transfer|account|restore/.test(path)) return 3;
  if (method === 'DELETE') return 2;
  return method === 'GET' ? 0 : 1;
}

describe('route fuzzing: every operation of the OpenAPI document', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let aLogin: { email: string; password: string };
  let operations: Array<{ method: string; path: string; operation: Operation }>;

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    a = await plantTenant(t, 'Alfa', 'ALFA');
    b = await plantTenant(t, 'Beta', B_MARKER);
    const { rows } = await t.owner.pool.query<{ email: string }>(
      `select u.email from users u join memberships m on m.user_id = u.id
        where m.company_id = $1 and m.role = 'owner'`,
      [a.ids.companyId],
    );
    aLogin = { email: rows[0]?.email as string, password: 'correct horse battery' };
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    operations = Object.entries(doc.paths)
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          method: method.toUpperCase(),
          path,
          operation,
        })),
      )
      .sort((x, y) => disruption(x.method, x.path) - disruption(y.method, y.path));
  });
  afterAll(() => t.close());

  /** A lone surrogate cannot be %-encoded as UTF-8; a client would send its raw bytes. */
  function encode(value: string): string {
    try {
      return encodeURIComponent(value);
    } catch {
      return '%ED%A0%80';
    }
  }

  function urlOf(path: string, values: Record<string, string>): string {
    return path.replace(/\{(\w+)\}/g, (_, name: string) => encode(values[name] ?? 'x'));
  }

  async function send(method: string, path: string, request: FuzzRequest) {
    const headers: Record<string, string> = {};
    if (request.auth === 'A') headers.authorization = `Bearer ${a.token}`;
    if (request.auth === 'forged') headers.authorization = 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.';
    const withBody = request.body && method !== 'GET' && method !== 'HEAD';
    if (withBody && request.body) headers['content-type'] = request.body.contentType;
    return t.app.inject({
      method: method as 'GET',
      url: urlOf(path, request.path),
      query: request.query,
      headers,
      ...(withBody && request.body ? { payload: request.body.payload } : {}),
    });
  }

  /** The tenant must outlive a fuzzed logout or company deletion, or later routes test nothing. */
  async function heal() {
    await t.owner.pool.query('update companies set deleted_at = null, purge_after = null where id = $1', [
      a.ids.companyId,
    ]);
    const me = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${a.ids.companyId}`,
      headers: { authorization: `Bearer ${a.token}` },
    });
    if (me.statusCode === 401) a.token = await loginAs(t.app, aLogin.email, aLogin.password);
  }

  it('covers the documented API, and the marker shows where it should (B, to B)', async () => {
    expect(operations.length).toBeGreaterThan(30);
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${b.ids.companyId}/locations`,
      headers: { authorization: `Bearer ${b.token}` },
    });
    expect(own.body.toUpperCase()).toContain(B_MARKER);
  });

  it('answers what fuzzing once found in the envelope: a NUL in an id, an id past the router limit', async () => {
    const auth = { authorization: `Bearer ${a.token}` };
    const company = `/api/v1/companies/${a.ids.companyId}`;
    const nul = await t.app.inject({ method: 'GET', url: `${company}/customers/%00`, headers: auth });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error).toMatchObject({
      code: 'VALIDATION_ERROR',
      message_es: expect.stringMatching(/NUL/),
    });
    const long = await t.app.inject({
      method: 'GET',
      url: `${company}/customers/${'x'.repeat(500)}`,
      headers: auth,
    });
    expect(long.statusCode).toBe(404);
    expect(isEnvelope(long.body)).toBe(true);
  });

  it('never answers 5xx, always in the error envelope, and never shows company B to A', async () => {
    const deadline = Date.now() + BUDGET_MS;
    const failures: string[] = [];
    let answered = 0; // 2xx: the fuzzer reached the services, not only the validators
    for (const [index, { method, path, operation }] of operations.entries()) {
      const remaining = Math.max(1500, (deadline - Date.now()) / (operations.length - index));
      const property = fc.asyncProperty(
        requestArbitrary(operation, { A: a.ids, B: b.ids }),
        async (request) => {
          const res = await send(method, path, request);
          const where = `${method} ${path} → ${res.statusCode}`;
          if (res.statusCode < 300) answered++;
          if (res.statusCode >= 500) throw new Error(`${where}: ${res.body.slice(0, 300)}`);
          if (
            res.statusCode >= 400 &&
            !isEnvelope(res.body) &&
            !documentedNonJson(operation, res.headers['content-type'])
          )
            throw new Error(`${where}: not the error envelope: ${res.body.slice(0, 300)}`);
          const seen = `${JSON.stringify(res.headers)}\n${res.body}`.toUpperCase(); // e-mails are lowercase
          if (seen.includes(B_MARKER))
            throw new Error(`${where}: company B's data in A's answer: ${res.body.slice(0, 300)}`);
        },
      );
      const result = await fc.check(property, {
        numRuns: RUNS_PER_OPERATION,
        seed: SEED + index,
        interruptAfterTimeLimit: remaining,
        markInterruptAsFailure: false,
        endOnFailure: true,
      });
      // Out of time before a run finished (a slow route on a busy machine) is not a finding.
      if (result.failed && result.counterexample !== null) {
        const error =
          result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
        failures.push(
          `${error}\n    seed ${SEED + index} path ${result.counterexamplePath}: ${JSON.stringify(result.counterexample).slice(0, 400)}`,
        );
      }
      await heal();
    }
    expect(failures, `AYNI_FUZZ_SEED=${SEED}`).toEqual([]);
    expect(answered).toBeGreaterThan(operations.length);
  }, 240_000);
});
