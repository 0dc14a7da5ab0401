import {
  type CompanySettings,
  type CompanySettingsPatch,
  companySettingsSchema,
  readCompanySettings,
} from '@ayni/contracts';
import { findCompanySettings, inCompany, saveCompanySettings } from '@ayni/db';
import { audit } from '../../lib/audit';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';

/** The company's analysis settings, defaults filled in (any member who sees dashboards). */
export async function getCompanySettings(ctx: ServiceContext): Promise<CompanySettings> {
  authorize(ctx, 'view_dashboards');
  return inCompany(ctx.db, ctx.companyId, async (tx) =>
    readCompanySettings(await findCompanySettings(tx, ctx.companyId)),
  );
}

/**
 * Merges `patch` into the stored settings (owners and admins). What changed is audited with its
 * before and after values; insights and macro figures use the new values from the next read or
 * recompute on.
 */
export async function updateCompanySettings(
  ctx: ServiceContext,
  patch: CompanySettingsPatch,
): Promise<CompanySettings> {
  authorize(ctx, 'manage_company');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const before = readCompanySettings(await findCompanySettings(tx, ctx.companyId));
    const after = companySettingsSchema.parse({ ...before, ...patch });
    const changed = Object.keys(patch).filter(
      (key) => before[key as keyof CompanySettings] !== after[key as keyof CompanySettings],
    );
    if (changed.length === 0) return after;
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
}
