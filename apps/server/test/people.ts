import { randomUUID } from 'node:crypto';
import type { Role } from '@ayni/contracts';
import { addMembership, type DbHandle, inCompany, insertUser } from '@ayni/db';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../src/lib/passwords';
import { loginAs } from './helpers';

export const PEOPLE_PASSWORD = 'una clave bastante larga';

/** A user with no company (password `PEOPLE_PASSWORD`). */
export async function createUser(db: DbHandle, name = 'Persona', email = `user-${randomUUID()}@example.cl`) {
  const user = await insertUser(db.db, { email, name, passwordHash: await hashPassword(PEOPLE_PASSWORD) });
  return { user, email, password: PEOPLE_PASSWORD };
}

/** A new user who is a member of `companyId` with `role`. */
export async function addMember(db: DbHandle, companyId: string, role: Role, name: string = role) {
  const person = await createUser(db, name);
  await inCompany(db.db, companyId, (tx) => addMembership(tx, companyId, person.user.id, role));
  return person;
}

/** Signs a person in and returns their access token. */
export const tokenOf = (app: FastifyInstance, person: { email: string; password: string }) =>
  loginAs(app, person.email, person.password);

/** A valid company body for `POST /api/v1/companies`. */
export const companyBody = (rut: string, overrides: Record<string, unknown> = {}) => ({
  name: 'Ferretería El Tornillo SpA',
  rut,
  industry: 'hardware',
  size: 'small',
  region: 'Región de Valparaíso',
  locations: [{ name: 'Casa Matriz', address: 'Av. Brasil 1234, Valparaíso' }],
  ...overrides,
});
