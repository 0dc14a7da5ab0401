import { account, session } from './auth-routes';
import { type Ctx, fail, ok, str } from './http';
import { refusePassword } from './passwords';
import { TOTP_CODE } from './state';

const wrongCode = (ctx: Ctx, field: string) => {
  const message = 'The verification code is not valid';
  fail(ctx.res, 400, 'VALIDATION_ERROR', message, 'El código de verificación no es válido', [
    { field, message },
  ]);
  return true;
};

/** The signed-in user's own account: profile, password, two-factor. */
export function accountRoutes(ctx: Ctx): boolean {
  const { method, path, state, res, body } = ctx;
  if (path === '/api/v1/auth/me' && method === 'GET') {
    ok(res, account(state));
    return true;
  }
  if (path === '/api/v1/auth/me' && method === 'PATCH') {
    const name = str(body.name).trim();
    if (!name) {
      fail(res, 400, 'VALIDATION_ERROR', 'Request validation failed', 'Datos inválidos', [
        { field: 'body.name', message: 'Too small' },
      ]);
      return true;
    }
    state.user = { ...state.user, name };
    ok(res, account(state));
    return true;
  }
  if (method !== 'POST') return false;
  switch (path) {
    case '/api/v1/auth/verify-email/resend':
      ok(res, { ok: true });
      return true;
    case '/api/v1/auth/change-password': {
      if (body.current_password !== state.password) {
        const message = 'The current password is not correct';
        fail(res, 400, 'VALIDATION_ERROR', message, 'La contraseña actual no es correcta', [
          { field: 'current_password', message },
        ]);
        return true;
      }
      const next = str(body.new_password);
      if (refusePassword(ctx, next, state.user.email, 'new_password')) return true;
      // Every older token stops working; this client gets a new one.
      state.password = next;
      state.token = `${state.token}-changed`;
      ok(res, session(state));
      return true;
    }
    case '/api/v1/auth/2fa/setup':
      if (state.twoFactor) {
        fail(
          res,
          409,
          'CONFLICT',
          'Two-factor is already on',
          'La verificación en dos pasos ya está activada',
        );
        return true;
      }
      state.pendingTotpSecret = 'JBSWY3DPEHPK3PXP';
      ok(res, {
        secret: state.pendingTotpSecret,
        otpauth_url: `otpauth://totp/AYNI:${encodeURIComponent(state.user.email)}?secret=${state.pendingTotpSecret}&issuer=AYNI`,
      });
      return true;
    case '/api/v1/auth/2fa/enable':
      if (!state.pendingTotpSecret || str(body.code).trim() !== TOTP_CODE) return wrongCode(ctx, 'code');
      state.twoFactor = true;
      state.pendingTotpSecret = null;
      state.recoveryCodes = Array.from({ length: 10 }, (_, i) => `rc${i}-abcd-efgh`);
      ok(res, { recovery_codes: [...state.recoveryCodes] });
      return true;
    case '/api/v1/auth/2fa/disable':
      if (body.password !== state.password) {
        const message = 'The password is not correct';
        fail(res, 400, 'VALIDATION_ERROR', message, 'La contraseña no es correcta', [
          { field: 'password', message },
        ]);
        return true;
      }
      if (str(body.code).trim() !== TOTP_CODE && !state.recoveryCodes.includes(str(body.code).trim())) {
        return wrongCode(ctx, 'code');
      }
      state.twoFactor = false;
      state.recoveryCodes = [];
      ok(res, { ok: true });
      return true;
    default:
      return false;
  }
}
