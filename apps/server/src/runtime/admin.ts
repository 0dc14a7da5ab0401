import { type Database, findUserByEmail, insertUser, updateUserPasswordHash } from '@ayni/db';
import type { Logger } from 'pino';
import { hashPassword, verifyPassword } from '../lib/passwords';

export const DEMO_ADMIN_PASSWORD = 'gabe123123';

/**
 * Makes sure the platform admin exists. Outside production it gets the demo password.
 * In production the demo password is refused, both as AYNI_ADMIN_PASSWORD and as the stored one.
 */
export async function ensurePlatformAdmin(
  db: Database,
  log: Logger,
  options: { email: string; password: string | undefined; production: boolean },
): Promise<void> {
  const { production } = options;
  if (production && (!options.password || options.password === DEMO_ADMIN_PASSWORD)) {
    throw new Error('Refusing to start in production with the demo admin password: set AYNI_ADMIN_PASSWORD');
  }
  const password = options.password ?? DEMO_ADMIN_PASSWORD;
  const existing = await findUserByEmail(db, options.email);
  if (!existing) {
    await insertUser(db, {
      email: options.email,
      name: 'Administrador AYNI',
      passwordHash: await hashPassword(password),
      isPlatformAdmin: true,
    });
    log.info({ email: options.email }, 'platform admin created');
    return;
  }
  if (production && (await verifyPassword(existing.passwordHash, DEMO_ADMIN_PASSWORD))) {
    await updateUserPasswordHash(db, existing.id, await hashPassword(password));
    log.warn({ email: options.email }, 'replaced the demo admin password with AYNI_ADMIN_PASSWORD');
  }
}
