import type { User } from '@ayni/contracts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeApi, startFakeApi } from '../../test/api-server';
import { TEST_PASSWORD, TEST_USER } from '../../test/fixtures';
import { login } from '../features/auth/api/login';
import { api, type Envelope } from './api-client';
import { ApiError } from './api-error';
import { setApiBaseUrl } from './config';
import { tokenStorage } from './token-storage';

let server: FakeApi;

beforeAll(async () => {
  server = await startFakeApi();
  setApiBaseUrl(server.url);
});

afterAll(() => server.close());

beforeEach(() => {
  server.requests.length = 0;
  server.state.token = 'test-access-token';
  server.state.refreshToken = 'test-refresh-token';
});

const paths = () => server.requests.map((r) => `${r.method} ${r.path}`);

describe('api client: expired access token', () => {
  it('refreshes once with the cookie, stores the new token and retries the request', async () => {
    const session = await login({ email: TEST_USER.email, password: TEST_PASSWORD });
    tokenStorage.set(session.access_token);
    // The access token expires on the server.
    server.state.token = 'rotated-away';
    server.requests.length = 0;

    const me = await api.get<Envelope<User>>('/api/v1/auth/me');
    // `/auth/me` answers the account: the user plus its verification and two-factor flags.
    expect(me.data).toMatchObject(TEST_USER);
    expect(paths()).toEqual(['GET /api/v1/auth/me', 'POST /api/v1/auth/refresh', 'GET /api/v1/auth/me']);
    const [first, refresh, retry] = server.requests;
    expect(first?.authorization).toBe('Bearer test-access-token');
    expect(refresh?.cookie).toBe('ayni_refresh=test-refresh-token');
    expect(refresh?.authorization).toBeUndefined();
    expect(retry?.authorization).toBe('Bearer test-access-token-refreshed');
    expect(tokenStorage.get()).toBe('test-access-token-refreshed');
  });

  it('clears the token and throws the 401 when the session cannot be refreshed', async () => {
    tokenStorage.set('test-access-token');
    server.state.token = 'rotated-away';
    server.state.refreshToken = null;

    const error = await api.get('/api/v1/auth/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(paths()).toEqual(['GET /api/v1/auth/me', 'POST /api/v1/auth/refresh']);
    expect(tokenStorage.get()).toBeNull();
  });

  it('never refreshes on a failed login', async () => {
    const error = await login({ email: TEST_USER.email, password: 'wrong' }).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(401);
    expect(paths()).toEqual(['POST /api/v1/auth/login']);
  });
});
