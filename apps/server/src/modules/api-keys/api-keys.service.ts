import type { ApiKey, CreateApiKeyInput, CreatedApiKey } from '@ayni/contracts';
import { type ApiKeyRow, findApiKey, inCompany, insertApiKey, listApiKeys, revokeApiKey } from '@ayni/db';
import { notFound } from '../../lib/app-error';
import { audit } from '../../lib/audit';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { newApiKey } from './api-key-secret';

// Keys act for the whole company, so managing them is for owners and admins (manage_company).

function apiKeyView(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as ApiKey['scopes'],
    created_at: row.createdAt.toISOString(),
    created_by: row.createdBy,
    last_used_at: row.lastUsedAt?.toISOString() ?? null,
    revoked_at: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listCompanyApiKeys(ctx: ServiceContext): Promise<ApiKey[]> {
  authorize(ctx, 'manage_company');
  const rows = await inCompany(ctx.db, ctx.companyId, (tx) => listApiKeys(tx, ctx.companyId));
  return rows.map(apiKeyView);
}

/** Creates a key; the answer is the only place its clear text ever appears. */
export async function createCompanyApiKey(
  ctx: ServiceContext,
  input: CreateApiKeyInput,
): Promise<CreatedApiKey> {
  authorize(ctx, 'manage_company');
  const secret = newApiKey();
  const scopes = [...new Set(input.scopes)];
  const row = await inCompany(ctx.db, ctx.companyId, async (tx) => {
    const created = await insertApiKey(tx, ctx.companyId, {
      name: input.name,
      prefix: secret.prefix,
      keyHash: secret.hash,
      scopes,
      createdBy: ctx.userId,
    });
    await audit(tx, ctx, 'api_key.created', {
      type: 'api_key',
      id: created.id,
      metadata: { name: created.name, prefix: created.prefix, scopes },
    });
    return created;
  });
  return { ...apiKeyView(row), key: secret.key };
}

/** Revokes a key at once: its next request answers 401. Revoking twice is a no-op. */
export async function revokeCompanyApiKey(ctx: ServiceContext, keyId: string): Promise<ApiKey> {
  authorize(ctx, 'manage_company');
  const row = await inCompany(ctx.db, ctx.companyId, async (tx) => {
    const revoked = await revokeApiKey(tx, ctx.companyId, keyId);
    if (!revoked) return findApiKey(tx, ctx.companyId, keyId);
    await audit(tx, ctx, 'api_key.revoked', {
      type: 'api_key',
      id: revoked.id,
      metadata: { name: revoked.name, prefix: revoked.prefix },
    });
    return revoked;
  });
  if (!row) throw notFound('API key');
  return apiKeyView(row);
}
