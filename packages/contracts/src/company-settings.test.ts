import { describe, expect, it } from 'vitest';
import { companySettingsPatchSchema, readCompanySettings } from './company-settings';

describe('readCompanySettings', () => {
  it('fills every missing field with its default', () => {
    expect(readCompanySettings({})).toEqual({
      margin_alert_pct: 25,
      tickets_per_employee_hour: 12,
      trade_profile: 'domestic',
      real_base_month: null,
      churn_days: 90,
    });
    expect(readCompanySettings(null).churn_days).toBe(90);
  });

  it('keeps valid stored values and replaces only the invalid ones', () => {
    const settings = readCompanySettings({
      churn_days: 60,
      trade_profile: 'pirate',
      margin_alert_pct: -3,
      extra: 1,
    });
    expect(settings).toMatchObject({ churn_days: 60, trade_profile: 'domestic', margin_alert_pct: 25 });
    expect(settings).not.toHaveProperty('extra');
  });
});

describe('companySettingsPatchSchema', () => {
  it('leaves out what the patch does not send (no defaults filled in)', () => {
    expect(companySettingsPatchSchema.parse({ churn_days: 30 })).toEqual({ churn_days: 30 });
  });
});
