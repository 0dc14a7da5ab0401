import { afterAll, beforeAll, beforeEach } from 'vitest';
import { setApiBaseUrl } from '../src/lib/config';
import { tokenStorage } from '../src/lib/token-storage';
import { defaultState, type FakeApi, startFakeApi } from './api-server';

/**
 * Starts one fake API for the test file and resets its state before each test. Returns a getter
 * (the server starts in `beforeAll`). `signedIn` stores the access token before each test.
 */
export function setupFakeApi({ signedIn = false }: { signedIn?: boolean } = {}): () => FakeApi {
  let api: FakeApi | undefined;
  beforeAll(async () => {
    api = await startFakeApi();
    setApiBaseUrl(api.url);
  });
  afterAll(() => api?.close());
  beforeEach(() => {
    if (!api) throw new Error('fake API not started');
    Object.assign(api.state, defaultState());
    api.requests.length = 0;
    if (signedIn) tokenStorage.set(api.state.token);
  });
  return () => {
    if (!api) throw new Error('fake API not started');
    return api;
  };
}

/** The JSON bodies sent to `method path`, oldest first. */
export function bodiesOf(api: FakeApi, method: string, path: string): Array<Record<string, unknown>> {
  return api.requests.filter((r) => r.method === method && r.path === path).map((r) => r.body);
}
