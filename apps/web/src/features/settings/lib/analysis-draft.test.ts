import { companySettingsSchema } from '@ayni/contracts';
import { describe, expect, it } from 'vitest';
import { parseDecimal, readDraft, toDraft } from './analysis-draft';

const DEFAULTS = companySettingsSchema.parse({});

describe('analysis settings draft', () => {
  it('reads Chilean and dotted decimals, and nothing else', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal(' 30 ')).toBe(30);
    expect(parseDecimal('1.5')).toBe(1.5);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('12%')).toBeNull();
    expect(parseDecimal('1.000,5')).toBeNull();
  });

  it('sends nothing when nothing changed', () => {
    expect(readDraft(toDraft(DEFAULTS), DEFAULTS)).toEqual({ patch: {}, notNumbers: [] });
  });

  it('sends only what changed, an emptied base month as null', () => {
    const saved = { ...DEFAULTS, real_base_month: '2025-03' };
    const draft = { ...toDraft(saved), margin_alert_pct: '22,5', real_base_month: '  ' };
    expect(readDraft(draft, saved).patch).toEqual({ margin_alert_pct: 22.5, real_base_month: null });
  });

  it('names the inputs that are not numbers', () => {
    const draft = { ...toDraft(DEFAULTS), churn_days: 'noventa', tickets_per_employee_hour: '' };
    expect(readDraft(draft, DEFAULTS).notNumbers).toEqual(['tickets_per_employee_hour', 'churn_days']);
  });
});
