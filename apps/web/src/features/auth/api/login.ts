import type { LoginRequest, LoginResponse } from '@ayni/contracts';
import { api, type Envelope } from '../../../lib/api-client';

export async function login(credentials: LoginRequest): Promise<LoginResponse> {
  // 'include' so the browser keeps the httpOnly refresh-token cookie the answer sets.
  const body = await api.post<Envelope<LoginResponse>>('/api/v1/auth/login', credentials, {
    auth: false,
    credentials: 'include',
  });
  return body.data;
}
