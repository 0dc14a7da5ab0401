import type { Env } from '../env';

/** The scale-out processes need a shared database and Redis; say clearly which is missing. */
export function requireProductionEnv(env: Env): { databaseUrl: string; redisUrl: string } {
  const missing = [
    !env.DATABASE_URL && 'DATABASE_URL',
    !env.REDIS_URL && 'REDIS_URL',
    !env.JWT_SECRET && 'JWT_SECRET',
  ].filter(Boolean);
  if (missing.length > 0) throw new Error(`Missing required environment: ${missing.join(', ')}`);
  return { databaseUrl: env.DATABASE_URL as string, redisUrl: env.REDIS_URL as string };
}
