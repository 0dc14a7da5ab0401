import {
  type Database,
  findCompanyForMember,
  findRestorableCompanyForMember,
  findUploadCompany,
  withTenant,
} from '@ayni/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { notFound, unauthorized } from '../lib/app-error';
import type { ServiceContext } from '../lib/context';
import { resolveSession } from '../lib/session';
import type { TokenService } from '../lib/tokens';

declare module 'fastify' {
  interface FastifyRequest {
    userId: string | null;
    ctx: ServiceContext | null;
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  return header.slice('Bearer '.length).trim() || null;
}

/**
 * `authenticate` puts the signed-in user's id on the request; `companyScope` also resolves
 * `:companyId`, checks membership and builds `request.ctx`. A company the user is not a
 * member of answers 404, exactly like one that does not exist.
 */
export function registerAuth(
  app: FastifyInstance,
  deps: { db: Database; tokens: TokenService; log: Logger },
) {
  app.decorateRequest('userId', null);
  app.decorateRequest('ctx', null);

  const authenticate = async (request: FastifyRequest) => {
    const session = await resolveSession(deps, bearerToken(request));
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

  const scopeTo = async (
    request: FastifyRequest,
    companyId: string,
    find: typeof findCompanyForMember = findCompanyForMember,
  ) => {
    const userId = request.userId as string;
    const membership = await withTenant(deps.db, { userId }, (tx) => find(tx, companyId, userId));
    if (!membership) throw notFound('Company');
    request.ctx = {
      companyId,
      userId,
      role: membership.role,
      db: deps.db,
      log: request.log as unknown as Logger,
      requestId: request.id,
      origin: { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null },
    };
  };

  const companyScope = async (request: FastifyRequest) => {
    await authenticate(request);
    const { companyId } = request.params as { companyId?: string };
    if (!companyId || !UUID.test(companyId)) throw notFound('Company');
    await scopeTo(request, companyId);
  };

  const restoreScope = async (request: FastifyRequest) => {
    await authenticate(request);
    const { companyId } = request.params as { companyId?: string };
    if (!companyId || !UUID.test(companyId)) throw notFound('Company');
    await scopeTo(request, companyId, findRestorableCompanyForMember);
  };

  const uploadScope = async (request: FastifyRequest) => {
    await authenticate(request);
    const { uploadId } = request.params as { uploadId?: string };
    const userId = request.userId as string;
    if (!uploadId || !UUID.test(uploadId)) throw notFound('Upload');
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
