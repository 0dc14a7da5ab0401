import { z } from 'zod';

/** The benchmarks' one reader of `process.env`: where the real servers are, and tracing. */
export const benchEnv = z
  .object({
    DATABASE_URL: z.string().optional(),
    TEST_DATABASE_URL: z.string().optional(),
    REDIS_URL: z.string().optional(),
    TEST_REDIS_URL: z.string().optional(),
    BENCH_TRACE: z.string().optional(),
    PATH: z.string().default(''),
    HOME: z.string().default('/tmp'),
  })
  .parse(process.env);

/** PostgreSQL to measure against: DATABASE_URL, else TEST_DATABASE_URL. */
export const benchDatabaseUrl = benchEnv.DATABASE_URL ?? benchEnv.TEST_DATABASE_URL;
/** Redis for the scale-out shape: REDIS_URL, else TEST_REDIS_URL. */
export const benchRedisUrl = benchEnv.REDIS_URL ?? benchEnv.TEST_REDIS_URL;
