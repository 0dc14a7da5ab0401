import { createHmac, timingSafeEqual } from 'node:crypto';
import { type Database, reportLinkKey } from '@ayni/db';

/*
 * Unsubscribe links work without logging in: the token names the schedule and carries an
 * HMAC-SHA256 over that, keyed by a random key kept in platform_settings (shared by every API
 * and worker process). Anyone holding the link can only switch that one schedule off.
 */

export interface UnsubscribeClaims {
  companyId: string;
  scheduleId: string;
}

const mac = (key: string, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

export async function signUnsubscribeToken(db: Database, claims: UnsubscribeClaims): Promise<string> {
  const payload = Buffer.from(`${claims.companyId}.${claims.scheduleId}`).toString('base64url');
  return `${payload}.${mac(await reportLinkKey(db), payload)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The claims of a genuine token; null for anything forged, altered or malformed. */
export async function verifyUnsubscribeToken(db: Database, token: string): Promise<UnsubscribeClaims | null> {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(await reportLinkKey(db), payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [companyId, scheduleId] = Buffer.from(payload, 'base64url').toString('utf8').split('.');
  if (!companyId || !scheduleId || !UUID.test(companyId) || !UUID.test(scheduleId)) return null;
  return { companyId, scheduleId };
}
