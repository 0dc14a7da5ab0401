import type { Location } from '@ayni/contracts';
import { companyFor } from './access';
import { type Ctx, fail, nextId, ok, route, str } from './http';

export function locationsOf(ctx: Ctx, companyId: string): Location[] {
  ctx.state.locations[companyId] ??= [
    { id: nextId(), name: 'Local principal', address: null, created_at: '2026-01-15T12:00:00.000Z' },
  ];
  return ctx.state.locations[companyId];
}

/** Adding, changing and deleting a company's locations (`manage_company`; never the last one). */
export function locationRoutes(ctx: Ctx): boolean {
  const added = route(ctx, 'POST', /^\/api\/v1\/companies\/([^/]+)\/locations$/);
  const one = ['PATCH', 'DELETE']
    .map((method) => route(ctx, method, /^\/api\/v1\/companies\/([^/]+)\/locations\/([^/]+)$/))
    .find(Boolean);
  const companyId = added?.[0] ?? one?.[0];
  if (!companyId) return false;
  if (!companyFor(ctx, companyId, 'manage_company')) return true;
  const list = locationsOf(ctx, companyId);
  if (added) {
    const location = {
      id: nextId(),
      name: str(ctx.body.name),
      address: str(ctx.body.address) || null,
      created_at: new Date().toISOString(),
    };
    list.push(location);
    ok(ctx.res, location, 201);
    return true;
  }
  const index = list.findIndex((location) => location.id === one?.[1]);
  const location = list[index];
  if (!location) {
    fail(ctx.res, 404, 'NOT_FOUND', 'Location not found', 'Local no encontrado');
  } else if (ctx.method === 'DELETE') {
    if (list.length <= 1) {
      fail(
        ctx.res,
        409,
        'CONFLICT',
        'A company needs at least one location: add another one first',
        'La empresa necesita al menos un local: agrega otro antes de eliminar este',
      );
    } else {
      list.splice(index, 1);
      ok(ctx.res, location);
    }
  } else {
    const updated = {
      ...location,
      name: str(ctx.body.name) || location.name,
      address: 'address' in ctx.body ? str(ctx.body.address) || null : location.address,
    };
    list[index] = updated;
    ok(ctx.res, updated);
  }
  return true;
}
