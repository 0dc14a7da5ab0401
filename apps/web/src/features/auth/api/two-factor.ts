import type { TotpDisableRequest, TotpEnableResponse, TotpSetupResponse } from '@ayni/contracts';
import { api, type Envelope } from '../../../lib/api-client';

/** Starts setup: a new secret and its otpauth:// URI (two-factor stays off until enabled). */
export async function setupTwoFactor(): Promise<TotpSetupResponse> {
  const body = await api.post<Envelope<TotpSetupResponse>>('/api/v1/auth/2fa/setup');
  return body.data;
}

/** Turns two-factor on with a code from the app; returns the one-time recovery codes. */
export async function enableTwoFactor(code: string): Promise<TotpEnableResponse> {
  const body = await api.post<Envelope<TotpEnableResponse>>('/api/v1/auth/2fa/enable', { code });
  return body.data;
}

export async function disableTwoFactor(input: TotpDisableRequest): Promise<void> {
  await api.post('/api/v1/auth/2fa/disable', input);
}
