import type { ApiKeyScope } from '@ayni/contracts';
import {
  type Database,
  findApiKeyByHash,
  findLiveCompany,
  inCompany,
  touchApiKeyByHash,
  withTenant,
} from '@ayni/db';
import { AppError, notFound, unauthorized } from '../../lib/app-error';
import { hashApiKey } from './api-key-secret';
import { scopeForRoute } from './route-scopes';

/** Who acts when a request carries an API key instead of a session. */
export interface ApiKeyActor {
  id: string;
  name: string;
  companyId: string;
  scopes: ApiKeyScope[];
}

/**
 * The key behind `presented`, its use recorded (at most once a minute). Unknown and revoked
 * keys answer 401 alike, so a caller cannot tell a revoked key from a wrong one.
 */
export async function resolveApiKey(db: Database, presented: string): Promise<ApiKeyActor> {
  const keyHash = hashApiKey(presented);
  const row = await withTenant(db, { apiKeyHash: keyHash }, async (tx) => {
    const found = await findApiKeyByHash(tx, keyHash);
    if (found && !found.revokedAt) await touchApiKeyByHash(tx, keyHash);
    return found;
  });
  if (!row || row.revokedAt) {
    throw unauthorized('Invalid or revoked API key', 'La clave de API no es válida o fue revocada');
  }
  return { id: row.id, name: row.name, companyId: row.companyId, scopes: row.scopes as ApiKeyScope[] };
}

/** A key reaches only its own company, and only while that company is live (else 404). */
export async function assertKeyCompany(db: Database, actor: ApiKeyActor, companyId: string): Promise<void> {
  if (actor.companyId !== companyId) throw notFound('Company');
  const live = await inCompany(db, companyId, (tx) => findLiveCompany(tx, companyId));
  if (!live) throw notFound('Company');
}

/** 403 unless the route accepts keys and this key has the scope it needs. */
export function assertKeyScope(actor: ApiKeyActor, method: string, route: string | undefined): void {
  const scope = scopeForRoute(method, route);
  if (!scope) {
    throw new AppError('FORBIDDEN', 'API keys cannot use this route (API_KEY_ROUTE_NOT_ALLOWED)', {
      messageEs: 'Las claves de API no pueden usar esta ruta',
      details: [{ field: 'authorization', message: 'API_KEY_ROUTE_NOT_ALLOWED' }],
    });
  }
  if (!actor.scopes.includes(scope)) {
    throw new AppError('FORBIDDEN', `This API key lacks the scope ${scope} (API_KEY_SCOPE_MISSING)`, {
      messageEs: `Esta clave de API no tiene el permiso ${scope}`,
      details: [{ field: 'scope', message: `API_KEY_SCOPE_MISSING: ${scope}` }],
    });
  }
}
