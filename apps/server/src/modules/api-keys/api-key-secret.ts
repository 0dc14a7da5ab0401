import { createHash, randomInt } from 'node:crypto';
import { API_KEY_PREFIX } from '@ayni/contracts';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 32 base62 characters: ~190 bits, far beyond guessing, so a plain SHA-256 is enough to store. */
const SECRET_LENGTH = 32;
/** Characters kept in clear to tell keys apart in lists (`ayni_` + 4). */
const SHOWN_LENGTH = API_KEY_PREFIX.length + 4;

export function newApiKey(): { key: string; prefix: string; hash: string } {
  let secret = '';
  // randomInt is uniform over the alphabet (no modulo bias).
  for (let i = 0; i < SECRET_LENGTH; i++) secret += BASE62[randomInt(BASE62.length)];
  const key = `${API_KEY_PREFIX}${secret}`;
  return { key, prefix: key.slice(0, SHOWN_LENGTH), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** True for anything shaped like a key; session tokens (JWTs) never start with the prefix. */
export function looksLikeApiKey(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.startsWith(API_KEY_PREFIX);
}
