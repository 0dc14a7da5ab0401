import { z } from 'zod';
import { companyIdParamsSchema } from './companies';

/**
 * What a company API key may do. `analytics:read`: every GET of the company's figures
 * (dashboard, metrics, breakdowns, insights, benchmarks, macro, catalog, explorer);
 * `uploads:write`: file uploads and push ingestion (`POST .../transactions`).
 */
export const API_KEY_SCOPES = ['analytics:read', 'uploads:write'] as const;
export const apiKeyScopeSchema = z.enum(API_KEY_SCOPES);
export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;

/** Every key starts with this, so the server tells a key from a session token at a glance. */
export const API_KEY_PREFIX = 'ayni_';

/** A key as lists show it: never the key itself, only its first characters. */
export const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(apiKeyScopeSchema),
  created_at: z.string(),
  created_by: z.uuid().nullable(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

export const createApiKeyInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(apiKeyScopeSchema).min(1).max(API_KEY_SCOPES.length),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeyInputSchema>;

/** The answer to a creation: the only time the key is ever shown. */
export const createdApiKeySchema = apiKeySchema.extend({ key: z.string() });
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;

export const apiKeyParamsSchema = companyIdParamsSchema.extend({ keyId: z.uuid() });
