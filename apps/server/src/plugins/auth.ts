import {
  type Database,
  findCompanyForMember,
  findRestorableCompanyForMember,
  findUploadCompany,
  getUpload,
  inCompany,
  withTenant,
} from '@ayni/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type pg from 'pg';
import type { Logger } from 'pino';
import { notFound, unauthorized } from '../lib/app-error';
import type { ServiceContext } from '../lib/context';
import { API_KEY_ROLE } from '../lib/permissions';
import { resolveCompanySession, resolveSession } from '../lib/session';
import type { TokenService } from '../lib/tokens';
import {
  type ApiKeyActor,
  assertKeyCompany,
  assertKeyScope,
  resolveApiKey,
} from '../modules/api-keys/api-key-auth';
import { looksLikeApiKey } from '../modules/api-keys/api-key-secret';

declare module 'fastify' {
  interface FastifyRequest {
    userId: string | null;
    ctx: ServiceContext | null;
    /** Set when the request authenticated with a company API key instead of a session. */
    apiKey: ApiKeyActor | null;
  }
  interface FastifyInstance {
    authenticate: (request: FastifyRequest) => Promise<void>;
    companyScope: (request: FastifyRequest) => Promise<void>;
    /** Like companyScope, for `/uploads/:uploadId` routes: the company is the upload's. */
    uploadScope: (request: FastifyRequest) => Promise<void>;
    /**
     * Like companyScope, but also reaches a company deleted less than its grace period ago:
     * for `POST /companies/:companyId/restore` only.
     */
    restoreScope: (request: FastifyRequest) => Promise<void>;
  }
}

declare module '../lib/context' {
  interface ServiceContext {
    /** The API key acting (its `userId` is then null): audit entries name it instead. */
    apiKey?: { id: string; name: string };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  return header.slice('Bearer '.length).trim() || null;
}

/** `Authorization: Bearer ayni_...` or `X-API-Key: ayni_...`. */
function presentedApiKey(request: FastifyRequest): string | null {
  const header = request.headers['x-api-key'];
  const fromHeader = typeof header === 'string' ? header.trim() : null;
  if (looksLikeApiKey(fromHeader)) return fromHeader;
  const bearer = bearerToken(request);
  return looksLikeApiKey(bearer) ? bearer : null;
}

/**
 * `authenticate` puts the signed-in user's id on the request; `companyScope` also resolves
 * `:companyId`, checks membership and builds `request.ctx`. A company the user is not a
 * member of answers 404, exactly like one that does not exist.
 */
export function registerAuth(
  app: FastifyInstance,
  deps: { db: Database; pool: pg.Pool; tokens: TokenService; log: Logger },
) {
  app.decorateRequest('userId', null);
  app.decorateRequest('ctx', null);
  app.decorateRequest('apiKey', null);

  /** Resolves a presented API key (401 if unknown or revoked); false when none was presented. */
  const authenticateKey = async (request: FastifyRequest): Promise<boolean> => {
    const presented = presentedApiKey(request);
    if (!presented) return false;
    request.apiKey = await resolveApiKey(deps.db, presented);
    return true;
  };

  /** The company context of a key request; the route's scope is checked after the company. */
  const keyScopeTo = async (request: FastifyRequest, companyId: string) => {
    const key = request.apiKey as ApiKeyActor;
    await assertKeyCompany(deps.db, key, companyId);
    assertKeyScope(key, request.method, request.routeOptions.url);
    request.ctx = {
      companyId,
      // Keys belong to the company, not to a person: services that record a user get null
      // (uploads.user_id and audit_log.user_id are nullable); `apiKey` says who acted.
      userId: null as unknown as string,
      role: API_KEY_ROLE,
      apiKey: { id: key.id, name: key.name },
      db: deps.db,
      log: request.log as unknown as Logger,
      requestId: request.id,
      origin: { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null },
    };
  };

  /** 401 for a session that is no longer valid; sets `request.userId` otherwise. */
  const acceptSession = (
    request: FastifyRequest,
    session: { userId: string; endedByPasswordChange: boolean } | null,
  ) => {
    if (!session) throw unauthorized();
    // A password change (or reset) ends every session that began before it.
    if (session.endedByPasswordChange) {
      throw unauthorized(
        'Session ended by a password change',
        'La sesión terminó por un cambio de contraseña',
      );
    }
    request.userId = session.userId;
  };

  const authenticate = async (request: FastifyRequest) => {
    // Routes without a company (catalog, macro series) accept keys only if the table says so.
    if (await authenticateKey(request)) {
      assertKeyScope(request.apiKey as ApiKeyActor, request.method, request.routeOptions.url);
      return;
    }
    acceptSession(request, await resolveSession(deps, bearerToken(request)));
  };

  const contextOf = (request: FastifyRequest, companyId: string, role: string): ServiceContext => ({
    companyId,
    userId: request.userId as string,
    role,
    db: deps.db,
    log: request.log as unknown as Logger,
    requestId: request.id,
    origin: { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null },
  });

  const scopeTo = async (
    request: FastifyRequest,
    companyId: string,
    find: typeof findCompanyForMember = findCompanyForMember,
  ) => {
    const userId = request.userId as string;
    const membership = await withTenant(deps.db, { userId }, (tx) => find(tx, companyId, userId));
    if (!membership) throw notFound('Company');
    request.ctx = contextOf(request, companyId, membership.role);
  };

  const companyScope = async (request: FastifyRequest) => {
    const isKey = await authenticateKey(request);
    const { companyId } = request.params as { companyId?: string };
    if (!companyId || !UUID.test(companyId)) {
      if (!isKey) await authenticate(request);
      throw notFound('Company');
    }
    if (isKey) {
      await keyScopeTo(request, companyId);
      return;
    }
    // The session and the membership in one round trip: every dashboard request starts here.
    const session = await resolveCompanySession(deps, bearerToken(request), companyId);
    acceptSession(request, session);
    if (!session?.role) throw notFound('Company');
    request.ctx = contextOf(request, companyId, session.role);
  };

  const restoreScope = async (request: FastifyRequest) => {
    await authenticate(request); // a key is refused here: restoring is for owners only
    const { companyId } = request.params as { companyId?: string };
    if (!companyId || !UUID.test(companyId)) throw notFound('Company');
    await scopeTo(request, companyId, findRestorableCompanyForMember);
  };

  const uploadScope = async (request: FastifyRequest) => {
    const isKey = await authenticateKey(request);
    if (!isKey) await authenticate(request);
    const { uploadId } = request.params as { uploadId?: string };
    if (!uploadId || !UUID.test(uploadId)) throw notFound('Upload');
    if (isKey) {
      // A key sees only its own company's uploads.
      const companyId = (request.apiKey as ApiKeyActor).companyId;
      const upload = await inCompany(deps.db, companyId, (tx) => getUpload(tx, companyId, uploadId));
      if (!upload) throw notFound('Upload');
      await keyScopeTo(request, companyId).catch((err: unknown) => {
        throw (err as { code?: string }).code === 'NOT_FOUND' ? notFound('Upload') : err;
      });
      return;
    }
    const userId = request.userId as string;
    // RLS shows a user only the uploads of their companies: anyone else's is simply not found.
    const companyId = await withTenant(deps.db, { userId }, (tx) => findUploadCompany(tx, uploadId));
    if (!companyId) throw notFound('Upload');
    await scopeTo(request, companyId).catch(() => {
      throw notFound('Upload');
    });
  };

  app.decorate('authenticate', authenticate);
  app.decorate('companyScope', companyScope);
  app.decorate('uploadScope', uploadScope);
  app.decorate('restoreScope', restoreScope);
}
