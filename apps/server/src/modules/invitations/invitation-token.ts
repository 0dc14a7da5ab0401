import { createHash, randomBytes } from 'node:crypto';

/** Only the hash is stored: a database leak does not hand out working invitation links. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** 32 random bytes, base64url: the secret that travels in the invitation link. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashInvitationToken(token) };
}
