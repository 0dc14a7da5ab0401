import fc from 'fast-check';
import { fuzzValue, garbageJson, type JsonSchema, nastyString } from './schema-arbitrary';

export interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

export type Auth = 'A' | 'none' | 'forged';

export interface FuzzRequest {
  auth: Auth;
  /** Which tenant's ids fill the path, or garbage. */
  path: Record<string, string>;
  query: Record<string, string>;
  body: { contentType: string; payload: string } | null;
}

/** A query value as a client would send it: strings as is, the rest as JSON text. */
function asQueryText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

/**
 * Requests for one operation: mostly as member A on A's ids (the service paths), often on B's ids
 * (isolation), sometimes unauthenticated or with a forged token; schema-shaped values or garbage
 * in path, query and body; JSON, broken JSON, and the wrong content types.
 */
export function requestArbitrary(
  operation: Operation,
  ids: { A: Record<string, string>; B: Record<string, string> },
): fc.Arbitrary<FuzzRequest> {
  const parameters = operation.parameters ?? [];
  const pathShape: Record<string, fc.Arbitrary<string>> = {};
  for (const p of parameters.filter((p) => p.in === 'path')) {
    const options: { arbitrary: fc.Arbitrary<string>; weight: number }[] = [
      { arbitrary: fc.uuid(), weight: 1 },
      { arbitrary: nastyString, weight: 1 },
    ];
    if (ids.A[p.name]) options.push({ arbitrary: fc.constant(ids.A[p.name] as string), weight: 4 });
    if (ids.B[p.name]) options.push({ arbitrary: fc.constant(ids.B[p.name] as string), weight: 3 });
    pathShape[p.name] = fc.oneof(...options);
  }
  const queryShape: Record<string, fc.Arbitrary<string>> = {};
  for (const p of parameters.filter((p) => p.in === 'query')) {
    queryShape[p.name] = fuzzValue(p.schema).map(asQueryText);
  }
  const json = operation.requestBody?.content?.['application/json']?.schema;
  const body = fc.oneof(
    {
      arbitrary: fuzzValue(json).map((v) => ({
        contentType: 'application/json',
        payload: JSON.stringify(v) ?? 'null',
      })),
      weight: 5,
    },
    {
      arbitrary: garbageJson.map((v) => ({
        contentType: 'application/json',
        payload: JSON.stringify(v) ?? 'null',
      })),
      weight: 1,
    },
    {
      arbitrary: fc
        .constantFrom('{"a":', '{}}', '\u0000', '', '[1,2', '"\\ud800"')
        .map((payload) => ({ contentType: 'application/json', payload })),
      weight: 1,
    },
    { arbitrary: nastyString.map((payload) => ({ contentType: 'text/plain', payload })), weight: 1 },
    {
      arbitrary: fc.constant({ contentType: 'application/x-www-form-urlencoded', payload: 'a=1&b=%00' }),
      weight: 1,
    },
    {
      arbitrary: nastyString.map((s) => ({
        contentType: 'multipart/form-data; boundary=zz',
        payload: `--zz\r\nContent-Disposition: form-data; name="file"; filename="${s.slice(0, 50)}"\r\n\r\n${s}\r\n--zz--\r\n`,
      })),
      weight: 1,
    },
    { arbitrary: fc.constant(null), weight: 1 },
  );
  return fc.record({
    auth: fc.constantFrom<Auth>('A', 'A', 'A', 'A', 'none', 'forged'),
    path: fc.record(pathShape),
    query: fc.record(queryShape, { requiredKeys: [] }),
    body,
  }) as fc.Arbitrary<FuzzRequest>;
}
