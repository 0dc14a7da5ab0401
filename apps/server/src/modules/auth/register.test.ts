import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authEventsOf, linkToken, mailsTo, post } from '../../../test/auth-helpers';
import { buildTestApp, type TestApp } from '../../../test/helpers';

const REGISTER = '/api/v1/auth/register';

describe('POST /auth/register', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
  });
  afterAll(() => t.close());

  it('creates an unverified account (e-mail lower-cased) and e-mails a 48-hour verification link', async () => {
    const res = await post(t.app, REGISTER, {
      email: 'Camila.Soto@Example.cl',
      password: 'Empanadas de pino 2026',
      name: ' Camila Soto ',
    });
    expect(res.statusCode).toBe(201);
    const { user } = res.json().data;
    expect(user).toEqual({
      id: expect.any(String),
      email: 'camila.soto@example.cl',
      name: 'Camila Soto',
      is_platform_admin: false,
      email_verified: false,
      two_factor_enabled: false,
    });

    const [mail] = await mailsTo(t, 'camila.soto@example.cl');
    expect(mail?.subject).toContain('Confirma tu correo');
    const text = mail?.text ?? '';
    // Spanish first, English below.
    expect(text.indexOf('Confirma tu correo')).toBeLessThan(text.indexOf('please confirm'));
    const token = linkToken(text, 'verify-email');
    const stored = await t.db.pool.query(
      `select token_hash, purpose, extract(epoch from expires_at - created_at) / 3600 as hours
         from user_tokens where user_id = $1`,
      [user.id],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0].purpose).toBe('verify_email');
    expect(stored.rows[0].token_hash).not.toContain(token);
    expect(Math.round(Number(stored.rows[0].hours))).toBe(48);

    const hash = await t.db.pool.query('select password_hash from users where id = $1', [user.id]);
    expect(hash.rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect((await authEventsOf(t, { userId: user.id })).map((e) => e.kind)).toEqual(['registered']);

    // The new account can sign in.
    const login = await post(t.app, '/api/v1/auth/login', {
      email: 'camila.soto@example.cl',
      password: 'Empanadas de pino 2026',
    });
    expect(login.statusCode).toBe(200);
  });

  it('answers 409 CONFLICT for an e-mail that already has an account, whatever its case', async () => {
    const payload = { email: 'duplicado@example.cl', password: 'Cazuela de vacuno 44', name: 'Uno' };
    expect((await post(t.app, REGISTER, payload)).statusCode).toBe(201);
    const res = await post(t.app, REGISTER, { ...payload, email: 'DUPLICADO@Example.CL', name: 'Dos' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'CONFLICT',
      message: 'An account with this e-mail already exists',
      message_es: 'Ya existe una cuenta con este correo',
    });
    const count = await t.db.pool.query(
      "select count(*)::int as n from users where lower(email) = 'duplicado@example.cl'",
    );
    expect(count.rows[0].n).toBe(1);
  });

  it.each([
    ['too short', 'Corta 1!', 'at least 10 characters', 'al menos 10 caracteres'],
    ['common', 'qwertyuiop', 'too common', 'demasiado común'],
    ['common, other case', 'PASSWORD123', 'too common', 'demasiado común'],
    ['common with a year and a symbol added', 'Superman2024!', 'too common', 'demasiado común'],
    ['Spanish common', 'Contraseña123', 'too common', 'demasiado común'],
    ['a repeated character', 'aaaaaaaaaaaa', 'too common', 'demasiado común'],
    ['the e-mail itself', 'Francisca.Munoz.Valdes@Example.cl', 'your e-mail', 'tu correo'],
    ['the local part of the e-mail', 'francisca.munoz.valdes', 'your e-mail', 'tu correo'],
  ])(
    'refuses a password that is %s with a bilingual 400 on the password field',
    async (_, password, en, es) => {
      const res = await post(t.app, REGISTER, {
        email: 'francisca.munoz.valdes@example.cl',
        password,
        name: 'Francisca',
      });
      expect(res.statusCode).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('VALIDATION_ERROR');
      expect(error.message).toContain(en);
      expect(error.message_es).toContain(es);
      expect(error.details).toEqual([{ field: 'password', message: error.message }]);
    },
  );

  it('created nothing for the refused passwords', async () => {
    const users = await t.db.pool.query(
      "select 1 from users where email = 'francisca.munoz.valdes@example.cl'",
    );
    expect(users.rowCount).toBe(0);
  });

  it('validates the body with field-level details', async () => {
    const res = await post(t.app, REGISTER, { email: 'not-an-email', password: 'Cazuela de vacuno 44' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.email', 'body.name']));
  });
});
