import { AppError } from '../../lib/app-error';
import type { RateLimiter, RateLimitRule } from '../../lib/rate-limit/rate-limiter';

const MINUTE = 60_000;

/** Request limits of the auth endpoints; one place to read (and tune) them. */
export const AUTH_LIMITS = {
  /** Sign-in attempts per client IP; attempts that succeed are given back. */
  loginPerIp: { limit: 10, windowMs: MINUTE },
  /** Sign-in attempts per account (e-mail), from any IP; attempts that succeed are given back. */
  loginPerAccount: { limit: 5, windowMs: MINUTE },
  registerPerIp: { limit: 10, windowMs: MINUTE },
  registerPerEmail: { limit: 5, windowMs: MINUTE },
  resetPerIp: { limit: 10, windowMs: MINUTE },
  /** Reset e-mails to one address: a few per quarter hour, so nobody can flood a mailbox. */
  resetPerEmail: { limit: 3, windowMs: 15 * MINUTE },
  /** Password changes and two-factor changes per signed-in user. */
  sensitivePerUser: { limit: 5, windowMs: MINUTE },
} satisfies Record<string, RateLimitRule>;

export const limitKey = {
  loginIp: (ip: string | null) => `login:ip:${ip ?? 'unknown'}`,
  loginAccount: (email: string) => `login:acct:${email.toLowerCase()}`,
  registerIp: (ip: string | null) => `register:ip:${ip ?? 'unknown'}`,
  registerEmail: (email: string) => `register:email:${email.toLowerCase()}`,
  resetIp: (ip: string | null) => `reset:ip:${ip ?? 'unknown'}`,
  resetEmail: (email: string) => `reset:email:${email.toLowerCase()}`,
  sensitive: (userId: string) => `sensitive:user:${userId}`,
};

export function tooManyRequests(retryAfterSeconds: number): AppError {
  return new AppError('RATE_LIMITED', `Too many attempts; try again in ${retryAfterSeconds} seconds`, {
    messageEs: `Demasiados intentos; vuelve a intentarlo en ${retryAfterSeconds} segundos`,
    headers: { 'retry-after': String(retryAfterSeconds) },
  });
}

/** Counts a hit; throws 429 RATE_LIMITED with `Retry-After` when the key is over its limit. */
export async function enforceLimit(limiter: RateLimiter, key: string, rule: RateLimitRule): Promise<void> {
  const result = await limiter.hit(key, rule);
  if (!result.allowed) throw tooManyRequests(result.retryAfterSeconds);
}
