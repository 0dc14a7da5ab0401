import type { Location, LocationInput, UpdateLocationRequest } from '@ayni/contracts';
import {
  deleteLocation as deleteLocationRow,
  inCompany,
  insertLocations,
  listLocations as listLocationRows,
  lockLocations,
  updateLocation as updateLocationRow,
} from '@ayni/db';
import { AppError, notFound } from '../../lib/app-error';
import { audit } from '../../lib/audit';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { toLocation } from '../companies/company-view';

export async function listLocations(ctx: ServiceContext): Promise<Location[]> {
  authorize(ctx, 'view_dashboards');
  const rows = await inCompany(ctx.db, ctx.companyId, (tx) => listLocationRows(tx, ctx.companyId));
  return rows.map(toLocation);
}

export async function createLocation(ctx: ServiceContext, input: LocationInput): Promise<Location> {
  authorize(ctx, 'manage_company');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const [row] = await insertLocations(tx, ctx.companyId, [input]);
    if (!row) throw new Error('insert into locations returned nothing');
    await audit(tx, ctx, 'location.created', {
      type: 'location',
      id: row.id,
      metadata: { name: row.name, address: row.address },
    });
    return toLocation(row);
  });
}

export async function updateLocation(
  ctx: ServiceContext,
  locationId: string,
  patch: UpdateLocationRequest,
): Promise<Location> {
  authorize(ctx, 'manage_company');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const row = await updateLocationRow(tx, ctx.companyId, locationId, patch);
    if (!row) throw notFound('Location');
    await audit(tx, ctx, 'location.updated', { type: 'location', id: row.id, metadata: { ...patch } });
    return toLocation(row);
  });
}

/** Removes a location; a company always keeps at least one (409 for the last). */
export async function deleteLocation(ctx: ServiceContext, locationId: string): Promise<Location> {
  authorize(ctx, 'manage_company');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    // Locked, so two deletions at once cannot both see a second location and remove both.
    const count = await lockLocations(tx, ctx.companyId);
    const row = await deleteLocationRow(tx, ctx.companyId, locationId);
    if (!row) throw notFound('Location');
    if (count <= 1) {
      throw new AppError('CONFLICT', 'A company needs at least one location: add another one first', {
        messageEs: 'La empresa necesita al menos un local: agrega otro antes de eliminar este',
      });
    }
    await audit(tx, ctx, 'location.deleted', { type: 'location', id: row.id, metadata: { name: row.name } });
    return toLocation(row);
  });
}
