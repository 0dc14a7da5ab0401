import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every environment variable the server reads; documented in the root `.env.example`. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AYNI_DATA_DIR: z.string().default('./data'),
  /** Base URL of the web app, for links in e-mails; defaults to http://localhost:PORT. */
  PUBLIC_URL: z.url().optional(),
  AYNI_WEB_DIST: z.string().optional(),
  DATABASE_URL: z.url().optional(),
  REDIS_URL: z.url().optional(),
  AYNI_QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/i)
    .default('ayni'),
  JWT_SECRET: z.string().min(32).optional(),
  AYNI_ADMIN_EMAIL: z.email().default('admin@ayni.cl'),
  AYNI_ADMIN_PASSWORD: z.string().min(10).optional(),
  AYNI_SEED_DEMO: bool.optional(),
  /** "Probar la demo": visitors get a throwaway read-only account in the demo company; default on outside production. */
  AYNI_DEMO_VISITORS: bool.optional(),
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  JOB_STALLED_MS: z.coerce.number().int().min(1000).default(30_000),
  /** Worker only: CPU niceness (0–19). Imports yield the CPU to API processes sharing the machine. */
  WORKER_NICE: z.coerce.number().int().min(0).max(19).default(10),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Worker only: port of its /metrics and /health listener; unset = none. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  DISK_MIN_FREE_MB: z.coerce.number().int().min(0).default(200),
  /** SMTP server for e-mail (smtp://user:pass@host:587, smtps://...); unset = the email_outbox table only. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('AYNI <no-reply@ayni.cl>'),
  /** Behind a reverse proxy: trust X-Forwarded-For/-Proto (client IP for rate limits, https cookies). */
  TRUST_PROXY: bool.default(false),
  /** Other origins whose browser code may call the API (comma-separated, e.g. https://admin.ayni.cl); none by default. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url().transform((u) => new URL(u).origin))),
  /** Folder for raw uploaded files when S3_BUCKET is unset; default `<AYNI_DATA_DIR>/uploads`. */
  STORAGE_DIR: z.string().min(1).optional(),
  /** Setting S3_BUCKET stores raw files in S3 (or any S3-compatible endpoint) instead of STORAGE_DIR. */
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Both or neither; neither = the AWS SDK's default credential chain (e.g. an IAM role). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool.default(true),
  /** Base64 of 32 bytes (`openssl rand -base64 32`); outside production one is generated in AYNI_DATA_DIR. */
  STORAGE_ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64 (openssl rand -base64 32)')
    .optional(),
  /** Raw uploaded files are deleted this many days after upload; parsed data stays. */
  RAW_FILE_RETENTION_DAYS: z.coerce.number().int().min(1).default(15),
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1).default(524_288_000),
  /** Smallest benchmark cohort shown (docs/benchmarks.md); may be raised, never below 10. */
  BENCHMARK_MIN_COMPANIES: z.coerce.number().int().min(10).default(10),
  /** Macro series (UF, dólar, IPC…): mindicador.cl first, then the Banco Central BDE with credentials. */
  MACRO_MINDICADOR_URL: z.url().default('https://mindicador.cl'),
  MACRO_BCCH_URL: z.url().default('https://si3.bcentral.cl/SieteRestWS/SieteRestWS.ashx'),
  /** Both or neither: BDE web-service account (si3.bcentral.cl). */
  MACRO_BCCH_USER: z.string().min(1).optional(),
  MACRO_BCCH_PASSWORD: z.string().min(1).optional(),
  /** Hours between refreshes of the macro series (the first runs when a worker starts). */
  MACRO_REFRESH_HOURS: z.coerce
    .number()
    .min(1)
    .max(24 * 7)
    .default(24),
  MACRO_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  MACRO_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  /** Ask AYNI: with a key, the model writes the structured query (offline parser as fallback). */
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  ANTHROPIC_API_KEY: z.string().min(1).optional(),
  ANTHROPIC_BASE_URL: z.url().optional(),
  ANTHROPIC_MODEL: z.string().min(1).default('claude-3-5-haiku-latest'),
  ASK_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).default(8000),
  /** Webhooks may use http:// to any host (default: https only; http just for localhost). */
  WEBHOOK_ALLOW_HTTP: bool.default(false),
  /** Webhooks may target private networks (10/8, 192.168/16…; loopback in production). SSRF risk. */
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: bool.default(false),
});

export type Env = z.infer<typeof envSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
