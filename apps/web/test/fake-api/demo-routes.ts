import { session } from './auth-routes';
import { type Ctx, fail, nextId, ok } from './http';

/**
 * `/auth/demo`: available when `state.demoAvailable`; starting one signs in a throwaway visitor
 * who is a viewer of the companies in the state (and sets the refresh cookie, like login).
 */
export function demoRoutes(ctx: Ctx): boolean {
  const { method, path, state, res } = ctx;
  if (path !== '/api/v1/auth/demo') return false;
  if (method === 'GET') {
    ok(res, { available: state.demoAvailable });
    return true;
  }
  if (method !== 'POST') return false;
  if (!state.demoAvailable) {
    fail(
      res,
      404,
      'NOT_FOUND',
      'The demo is not available on this server',
      'La demo no está disponible en este servidor',
    );
    return true;
  }
  const id = nextId();
  state.user = {
    id,
    email: `visitante-${id}@demo.ayni.invalid`,
    name: 'Visitante demo',
    is_platform_admin: false,
  };
  state.companies = state.companies.map((company) => ({
    ...company,
    role: 'viewer',
    default_dashboard: 'owner',
    is_demo: true,
    permissions: ['view_dashboards'],
  }));
  const data = session(state);
  res.setHeader('Set-Cookie', `ayni_refresh=${data.refresh_token}; Path=/api/v1/auth; HttpOnly`);
  ok(res, data);
  return true;
}
