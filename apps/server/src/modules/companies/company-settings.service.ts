import {
  type CompanySettings,
  type CompanySettingsPatch,
  companySettingsSchema,
  readCompanySettings,
} from '@ayni/contracts';
import { findCompanySettings, inCompany, saveCompanySettings } from '@ayni/db';
import type { JobQueue } from '../../jobs/job-queue';
import { audit } from '../../lib/audit';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { requestRefresh } from '../analytics/analytics.service';

/** The company's analysis settings, defaults filled in (any member who sees dashboards). */
export async function getCompanySettings(ctx: ServiceContext): Promise<CompanySettings> {
  authorize(ctx, 'view_dashboards');
  return inCompany(ctx.db, ctx.companyId, async (tx) =>
    readCompanySettings(await findCompanySettings(tx, ctx.companyId)),
  );
}

/** Settings the stored figures are computed with (customer churn, insights, staffing). */
const STORED_ANALYSIS_SETTINGS: readonly (keyof CompanySettings)[] = [
  'margin_alert_pct',
  'tickets_per_employee_hour',
  'churn_days',
];

/**
 * Merges `patch` into the stored settings (owners and admins). What changed is audited with its
 * before and after values. Macro figures read the new values at once; when a setting of the
 * stored figures changed, they are recomputed in the background (`analytics.refresh`, queued
 * after the commit, so the job reads the new values; an `analytics.updated` event follows).
 */
export async function updateCompanySettings(
  ctx: ServiceContext,
  patch: CompanySettingsPatch,
  queue: Pick<JobQueue, 'enqueue'>,
): Promise<CompanySettings> {
  authorize(ctx, 'manage_company');
  let recompute = false;
  const settings = await inCompany(ctx.db, ctx.companyId, async (tx) => {
    const before = readCompanySettings(await findCompanySettings(tx, ctx.companyId));
    const after = companySettingsSchema.parse({ ...before, ...patch });
    const changed = Object.keys(patch).filter(
      (key) => before[key as keyof CompanySettings] !== after[key as keyof CompanySettings],
    );
    if (changed.length === 0) return after;
    recompute = changed.some((key) => STORED_ANALYSIS_SETTINGS.includes(key as keyof CompanySettings));
    await saveCompanySettings(tx, ctx.companyId, after);
    await audit(tx, ctx, 'company.settings_updated', {
      type: 'company',
      id: ctx.companyId,
      metadata: Object.fromEntries(
        changed.map((key) => [
          key,
          { from: before[key as keyof CompanySettings], to: after[key as keyof CompanySettings] },
        ]),
      ),
    });
    return after;
  });
  if (recompute) await requestRefresh(ctx, queue);
  return settings;
}
