import { createHash, randomBytes } from 'node:crypto';

/** A random secret for links and sessions: 32 bytes, base64url. Only its hash is stored. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 (hex) of a high-entropy token; enough because the token itself cannot be guessed. */
export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
