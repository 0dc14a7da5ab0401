import type { Location, LocationInput, UpdateLocationRequest } from '@ayni/contracts';
import { api, type Envelope } from '../../../lib/api-client';

const base = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}/locations`;

export async function createLocation(companyId: string, input: LocationInput): Promise<Location> {
  const body = await api.post<Envelope<Location>>(base(companyId), input);
  return body.data;
}

export async function updateLocation(
  companyId: string,
  locationId: string,
  patch: UpdateLocationRequest,
): Promise<Location> {
  const body = await api.patch<Envelope<Location>>(
    `${base(companyId)}/${encodeURIComponent(locationId)}`,
    patch,
  );
  return body.data;
}

/** The last location cannot be removed (409). */
export async function deleteLocation(companyId: string, locationId: string): Promise<Location> {
  const body = await api.delete<Envelope<Location>>(`${base(companyId)}/${encodeURIComponent(locationId)}`);
  return body.data;
}
