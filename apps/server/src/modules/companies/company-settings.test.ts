import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, type TestApp } from '../../../test/helpers';
import { addMember, tokenOf } from '../../../test/people';

describe('company settings', () => {
  let t: TestApp;
  let companyId: string;
  let ownerToken: string;
  const settingsUrl = () => `/api/v1/companies/${companyId}/settings`;
  const get = (token: string) => t.app.inject({ method: 'GET', url: settingsUrl(), headers: bearer(token) });
  const patch = (token: string, payload: object) =>
    t.app.inject({ method: 'PATCH', url: settingsUrl(), headers: bearer(token), payload });

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    const owner = await createOwner(t.db, 'Ajustes');
    companyId = owner.company.id;
    ownerToken = await tokenOf(t.app, owner);
  });
  afterAll(() => t.close());

  it('reads the defaults before anything is saved', async () => {
    const res = await get(ownerToken);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({
      margin_alert_pct: 25,
      tickets_per_employee_hour: 12,
      trade_profile: 'domestic',
      real_base_month: null,
      churn_days: 90,
    });
  });

  it('merges a patch, keeps the other fields and audits what changed', async () => {
    const res = await patch(ownerToken, { trade_profile: 'importer', margin_alert_pct: 18.5 });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      trade_profile: 'importer',
      margin_alert_pct: 18.5,
      churn_days: 90,
    });

    const second = await patch(ownerToken, { real_base_month: '2024-12' });
    expect(second.json().data).toMatchObject({ trade_profile: 'importer', real_base_month: '2024-12' });
    expect((await get(ownerToken)).json().data).toEqual(second.json().data);

    const log = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${companyId}/audit?action=company.settings_updated`,
      headers: bearer(ownerToken),
    });
    const entries = log
      .json()
      .data.filter((e: { action: string }) => e.action === 'company.settings_updated');
    expect(entries).toHaveLength(2);
    expect(entries.map((e: { metadata: object }) => e.metadata)).toContainEqual({
      trade_profile: { from: 'domestic', to: 'importer' },
      margin_alert_pct: { from: 25, to: 18.5 },
    });
  });

  it('rejects invalid values and unknown fields with a validation error, changing nothing', async () => {
    const before = (await get(ownerToken)).json().data;
    for (const body of [
      { margin_alert_pct: 140 },
      { trade_profile: 'smuggler' },
      { real_base_month: '2024-13' },
      { churn_days: 3 },
      { colour: 'blue' },
    ]) {
      const res = await patch(ownerToken, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_ERROR');
    }
    expect((await get(ownerToken)).json().data).toEqual(before);
  });

  it('lets members read but only owners and admins change', async () => {
    const viewer = await tokenOf(t.app, await addMember(t.db, companyId, 'viewer'));
    const admin = await tokenOf(t.app, await addMember(t.db, companyId, 'admin'));
    expect((await get(viewer)).statusCode).toBe(200);
    expect((await patch(viewer, { churn_days: 60 })).statusCode).toBe(403);
    const res = await patch(admin, { churn_days: 60 });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.churn_days).toBe(60);
  });

  it('answers 404 to a member of another company', async () => {
    const other = await createOwner(t.db, 'Otra');
    const otherToken = await tokenOf(t.app, other);
    expect((await get(otherToken)).statusCode).toBe(404);
    expect((await patch(otherToken, { churn_days: 30 })).statusCode).toBe(404);
  });

  it('states the data policy: original files kept 15 days here, 30 days to restore a deleted company', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${companyId}/data-policy`,
      headers: bearer(ownerToken),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({ raw_file_retention_days: 15, deletion_grace_days: 30 });
  });
});
