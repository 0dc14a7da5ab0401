import type { LoginRequest, LoginResponse, User } from '@ayni/contracts';
import { type Database, findUserByEmail, findUserById, type UserRow } from '@ayni/db';
import { AppError, unauthorized } from '../../lib/app-error';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { ACCESS_TOKEN_TTL_SECONDS, type TokenService } from '../../lib/tokens';

export function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, is_platform_admin: row.isPlatformAdmin };
}

// Verifying against a real hash when the e-mail is unknown keeps response times alike,
// so timing does not reveal which e-mails have accounts.
let dummyHash: Promise<string> | undefined;

export async function login(
  deps: { db: Database; tokens: TokenService },
  input: LoginRequest,
): Promise<LoginResponse> {
  const user = await findUserByEmail(deps.db, input.email);
  dummyHash ??= hashPassword('not-a-real-password-0000');
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !valid) throw unauthorized('Invalid e-mail or password', 'Correo o contraseña incorrectos');
  if (user.disabledAt) {
    throw new AppError('FORBIDDEN', 'This account is disabled', {
      messageEs: 'Esta cuenta está deshabilitada',
    });
  }
  const access_token = await deps.tokens.sign({ userId: user.id });
  return { access_token, token_type: 'Bearer', expires_in: ACCESS_TOKEN_TTL_SECONDS, user: toUser(user) };
}

export async function me(db: Database, userId: string): Promise<User> {
  const user = await findUserById(db, userId);
  if (!user) throw unauthorized();
  return toUser(user);
}
