import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The JWT signing secret: JWT_SECRET when given (required in production); otherwise one
 * generated on first run and kept in the data folder, so sessions survive restarts.
 */
export async function resolveJwtSecret(options: {
  given: string | undefined;
  production: boolean;
  dataDir: string;
}): Promise<string> {
  if (options.given) return options.given;
  if (options.production) throw new Error('JWT_SECRET (at least 32 characters) is required in production');
  const file = path.join(options.dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  await mkdir(options.dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
