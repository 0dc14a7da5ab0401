import type { CompanySettings, CompanySettingsPatch } from '@ayni/contracts';

/** The analysis settings in the order the form shows them. */
export const ANALYSIS_KEYS = [
  'margin_alert_pct',
  'tickets_per_employee_hour',
  'trade_profile',
  'real_base_month',
  'churn_days',
] as const satisfies readonly (keyof CompanySettings)[];
export type AnalysisKey = (typeof ANALYSIS_KEYS)[number];

/** What the inputs hold: text, exactly as typed. */
export type AnalysisDraft = Record<AnalysisKey, string>;

const NUMERIC = ['margin_alert_pct', 'tickets_per_employee_hour', 'churn_days'] as const;

export function toDraft(settings: CompanySettings): AnalysisDraft {
  return {
    margin_alert_pct: String(settings.margin_alert_pct).replace('.', ','),
    tickets_per_employee_hour: String(settings.tickets_per_employee_hour).replace('.', ','),
    trade_profile: settings.trade_profile,
    real_base_month: settings.real_base_month ?? '',
    churn_days: String(settings.churn_days),
  };
}

/** `"12,5"` or `"12.5"` → 12.5; anything else that is not a plain number → null. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

export interface DraftReading {
  /** Only the settings whose value differs from `saved`. */
  patch: CompanySettingsPatch;
  /** Inputs that are not numbers (ranges are the server's to judge). */
  notNumbers: AnalysisKey[];
}

/** Reads the draft against the saved settings: what changed, and which inputs are unreadable. */
export function readDraft(draft: AnalysisDraft, saved: CompanySettings): DraftReading {
  const patch: Record<string, unknown> = {};
  const notNumbers: AnalysisKey[] = [];
  for (const key of NUMERIC) {
    const value = parseDecimal(draft[key]);
    if (value === null) notNumbers.push(key);
    else if (value !== saved[key]) patch[key] = value;
  }
  if (draft.trade_profile !== saved.trade_profile) patch.trade_profile = draft.trade_profile;
  const month = draft.real_base_month.trim() || null;
  if (month !== saved.real_base_month) patch.real_base_month = month;
  return { patch: patch as CompanySettingsPatch, notNumbers };
}
