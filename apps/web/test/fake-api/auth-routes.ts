import type { Account } from '@ayni/contracts';
import { type Ctx, fail, nextId, ok, str } from './http';
import { refusePassword } from './passwords';
import { type ApiState, TOTP_CODE } from './state';

export function account(state: ApiState): Account {
  return { ...state.user, email_verified: state.emailVerified, two_factor_enabled: state.twoFactor };
}

export function session(state: ApiState) {
  return {
    access_token: state.token,
    token_type: 'Bearer',
    expires_in: 900,
    refresh_token: state.refreshToken ?? 'none',
    user: state.user,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function login(ctx: Ctx) {
  const { body, state, res } = ctx;
  if (body.email !== state.user.email || body.password !== state.password) {
    return fail(res, 401, 'UNAUTHORIZED', 'Invalid email or password', 'Correo o contraseña inválidos');
  }
  if (state.twoFactor) {
    const totp = str(body.totp).trim();
    if (!totp) {
      const message = 'Two-factor code required';
      return fail(res, 401, 'UNAUTHORIZED', message, 'Se requiere el código de verificación', [
        { field: 'totp', message },
      ]);
    }
    const recovery = state.recoveryCodes.indexOf(totp);
    if (totp !== TOTP_CODE && recovery < 0) {
      const message = 'Invalid two-factor code';
      return fail(res, 401, 'UNAUTHORIZED', message, 'El código de verificación no es válido', [
        { field: 'totp', message },
      ]);
    }
    if (recovery >= 0) state.recoveryCodes.splice(recovery, 1);
  }
  const data = session(state);
  res.setHeader('Set-Cookie', `ayni_refresh=${data.refresh_token}; Path=/api/v1/auth; HttpOnly`);
  ok(res, data);
}

function register(ctx: Ctx) {
  const { body, state, res } = ctx;
  const name = str(body.name).trim();
  const email = str(body.email).trim().toLowerCase();
  const password = str(body.password);
  const missing = [!name && 'body.name', !EMAIL.test(email) && 'body.email'].filter(Boolean) as string[];
  if (missing.length > 0) {
    const details = missing.map((field) => ({ field, message: 'invalid' }));
    return fail(res, 400, 'VALIDATION_ERROR', 'Request validation failed', 'Datos inválidos', details);
  }
  if (refusePassword(ctx, password, email, 'password')) return;
  if (email === state.user.email.toLowerCase()) {
    return fail(
      res,
      409,
      'CONFLICT',
      'An account with this e-mail already exists',
      'Ya existe una cuenta con este correo',
      [{ field: 'email', message: 'already registered' }],
    );
  }
  // One user at a time: the new account replaces the old one, with no companies yet.
  state.user = { id: nextId(), email, name, is_platform_admin: false };
  state.password = password;
  state.emailVerified = false;
  state.twoFactor = false;
  state.companies = [];
  ok(res, { user: account(state) }, 201);
}

/** Single-use tokens from e-mailed links. */
function consume(list: string[], token: unknown): boolean {
  const index = list.indexOf(str(token));
  if (index < 0) return false;
  list.splice(index, 1);
  return true;
}

/** Endpoints that work without an access token. */
export function publicAuthRoutes(ctx: Ctx): boolean {
  const { method, path, state, res, body } = ctx;
  if (method !== 'POST') return false;
  switch (path) {
    case '/api/v1/auth/login':
      login(ctx);
      return true;
    case '/api/v1/auth/refresh': {
      if (!state.refreshToken || ctx.req.headers.cookie !== `ayni_refresh=${state.refreshToken}`) {
        fail(res, 401, 'UNAUTHORIZED', 'Session expired', 'Tu sesión expiró; inicia sesión de nuevo');
        return true;
      }
      state.token = state.refreshedToken;
      ok(res, session(state));
      return true;
    }
    case '/api/v1/auth/logout':
      state.refreshToken = null;
      ok(res, { ok: true });
      return true;
    case '/api/v1/auth/register':
      register(ctx);
      return true;
    case '/api/v1/auth/verify-email': {
      if (!consume(state.verifyTokens, body.token)) {
        const message = 'This link is not valid or has expired';
        fail(res, 400, 'VALIDATION_ERROR', message, 'El enlace no es válido o ya expiró', [
          { field: 'token', message },
        ]);
        return true;
      }
      state.emailVerified = true;
      ok(res, account(state));
      return true;
    }
    case '/api/v1/auth/password-reset/request':
      state.resetRequests.push(str(body.email));
      ok(res, { ok: true }, 202);
      return true;
    case '/api/v1/auth/password-reset/confirm': {
      const password = str(body.new_password);
      if (!state.resetTokens.includes(str(body.token))) {
        const message = 'This link is not valid or has expired';
        fail(res, 400, 'VALIDATION_ERROR', message, 'El enlace no es válido o ya expiró', [
          { field: 'token', message },
        ]);
        return true;
      }
      if (refusePassword(ctx, password, state.user.email, 'new_password')) return true;
      consume(state.resetTokens, body.token);
      state.password = password;
      ok(res, { ok: true });
      return true;
    }
    default:
      return false;
  }
}
