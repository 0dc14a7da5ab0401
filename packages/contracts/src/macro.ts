import { z } from 'zod';
import { metaSchema } from './errors';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');

/** Series codes: mindicador.cl's `tipo` names, so the main source needs no mapping. */
export const MACRO_SERIES_CODES = [
  'uf',
  'utm',
  'ivp',
  'dolar',
  'euro',
  'ipc',
  'imacec',
  'tpm',
  'tasa_desempleo',
  'libra_cobre',
] as const;
export const macroSeriesCodeSchema = z.enum(MACRO_SERIES_CODES);
export type MacroSeriesCode = (typeof MACRO_SERIES_CODES)[number];

export const MACRO_SOURCES = ['mindicador', 'bcch', 'snapshot'] as const;
export type MacroSource = (typeof MACRO_SOURCES)[number];

export interface MacroSeriesInfo {
  name_es: string;
  name_en: string;
  unit: 'CLP' | '%' | 'USD/lb';
  /** Daily series carry the last value over weekends and holidays (marked `carried`). */
  frequency: 'daily' | 'monthly';
  /** Banco Central de Chile BDE/SIETE series code. */
  bcch_code: string;
}

export const MACRO_SERIES: Record<MacroSeriesCode, MacroSeriesInfo> = {
  uf: {
    name_es: 'Unidad de Fomento (UF)',
    name_en: 'Unidad de Fomento (UF)',
    unit: 'CLP',
    frequency: 'daily',
    bcch_code: 'F073.UFF.PRE.Z.D',
  },
  utm: {
    name_es: 'Unidad Tributaria Mensual (UTM)',
    name_en: 'Monthly tax unit (UTM)',
    unit: 'CLP',
    frequency: 'monthly',
    bcch_code: 'F073.UTR.PRE.Z.M',
  },
  ivp: {
    name_es: 'Índice de Valor Promedio (IVP)',
    name_en: 'Average value index (IVP)',
    unit: 'CLP',
    frequency: 'daily',
    bcch_code: 'F073.IVP.PRE.Z.D',
  },
  dolar: {
    name_es: 'Dólar observado',
    name_en: 'US dollar (dólar observado)',
    unit: 'CLP',
    frequency: 'daily',
    bcch_code: 'F073.TCO.PRE.Z.D',
  },
  euro: {
    name_es: 'Euro',
    name_en: 'Euro',
    unit: 'CLP',
    frequency: 'daily',
    bcch_code: 'F072.CLP.EUR.N.O.D',
  },
  ipc: {
    name_es: 'IPC, variación mensual',
    name_en: 'CPI, monthly change',
    unit: '%',
    frequency: 'monthly',
    bcch_code: 'F074.IPC.VAR.Z.EP23.C.M',
  },
  imacec: {
    name_es: 'IMACEC, variación anual',
    name_en: 'IMACEC (monthly activity), year-on-year',
    unit: '%',
    frequency: 'monthly',
    bcch_code: 'F032.IMC.V12.Z.Z.2018.Z.Z.0.M',
  },
  tpm: {
    name_es: 'Tasa de política monetaria',
    name_en: 'Monetary policy rate',
    unit: '%',
    frequency: 'daily',
    bcch_code: 'F022.TPM.TIN.D001.NO.Z.D',
  },
  tasa_desempleo: {
    name_es: 'Tasa de desempleo',
    name_en: 'Unemployment rate',
    unit: '%',
    frequency: 'monthly',
    bcch_code: 'F049.DES.TAS.INE9.10.M',
  },
  libra_cobre: {
    name_es: 'Cobre (libra)',
    name_en: 'Copper (pound)',
    unit: 'USD/lb',
    frequency: 'daily',
    bcch_code: 'F019.PPB.PRE.40.M',
  },
};

export const macroPointSchema = z.object({
  date: isoDate,
  value: z.number(),
  source: z.enum(MACRO_SOURCES),
  /** True on a day without its own value (weekend, holiday, not yet published): the last one carried. */
  carried: z.boolean(),
});
export type MacroPoint = z.infer<typeof macroPointSchema>;

export const macroSeriesSummarySchema = z.object({
  code: macroSeriesCodeSchema,
  name_es: z.string(),
  name_en: z.string(),
  unit: z.string(),
  frequency: z.enum(['daily', 'monthly']),
  /** The latest stored value and its own date (the data's date, not today's). */
  latest: z.object({ date: isoDate, value: z.number(), source: z.enum(MACRO_SOURCES) }).nullable(),
  /** When the latest value was stored; null before any. */
  fetched_at: z.string().nullable(),
});
export type MacroSeriesSummary = z.infer<typeof macroSeriesSummarySchema>;

export const macroSeriesListResponseSchema = z.object({
  data: z.array(macroSeriesSummarySchema),
  meta: metaSchema,
});

export const macroSeriesParamsSchema = z.object({ code: z.string() });
export const macroSeriesQuerySchema = z.object({ from: isoDate.optional(), to: isoDate.optional() });
export type MacroSeriesQuery = z.infer<typeof macroSeriesQuerySchema>;

export const macroSeriesResponseSchema = z.object({
  data: macroSeriesSummarySchema.extend({ points: z.array(macroPointSchema) }),
  meta: metaSchema,
});
export type MacroSeriesResponse = z.infer<typeof macroSeriesResponseSchema>;

export { yearMonth as macroYearMonthSchema };

/** How the macro fields of metric periods were computed (the data's dates, the base month). */
export const macroRevenueMetaSchema = z.object({
  /** Month whose pesos `revenue_real` is expressed in. */
  base_month: yearMonth.nullable(),
  uf_through: isoDate.nullable(),
  usd_through: isoDate.nullable(),
  ipc_through: yearMonth.nullable(),
});

export const macroBuffsQuerySchema = z.object({ month: yearMonth.optional() });

export const macroBuffSchema = z.object({
  code: macroSeriesCodeSchema,
  name_es: z.string(),
  name_en: z.string(),
  /** This month's reading and the month before's (monthly average for daily series). */
  value: z.number(),
  previous: z.number(),
  change: z.number(),
  change_unit: z.enum(['%', 'pp']),
  effect: z.enum(['buff', 'debuff', 'neutral']),
  explanation_es: z.string(),
  explanation_en: z.string(),
  /** Month of the reading used (monthly series are published weeks later: may be earlier). */
  data_month: yearMonth,
});

export const macroBuffsResponseSchema = z.object({
  data: z.object({
    month: yearMonth,
    trade_profile: z.enum(['domestic', 'importer', 'exporter']),
    /** The company's saved setting, or (none saved) what its industry suggests. */
    trade_profile_from: z.enum(['setting', 'industry']),
    /** 0–10, 5 = neutral; null with `score_reason` when no indicator has two readings. */
    score: z.number().nullable(),
    score_reason: z.string().nullable(),
    buffs: z.array(macroBuffSchema),
    /** Indicators left out, and why. */
    missing: z.array(z.object({ code: macroSeriesCodeSchema, reason: z.string() })),
  }),
  meta: metaSchema,
});
export type MacroBuffsResponse = z.infer<typeof macroBuffsResponseSchema>;

export const macroCorrelationSchema = z.object({
  code: macroSeriesCodeSchema,
  name_es: z.string(),
  name_en: z.string(),
  r: z.number().nullable(),
  months: z.number().int(),
  reason: z.enum(['TOO_FEW_MONTHS', 'NO_VARIATION']).nullable(),
  /** Fewer than 24 months in common: a hint, not a pattern. */
  caveat: z.boolean(),
});

export const macroCorrelationsResponseSchema = z.object({
  data: z.array(macroCorrelationSchema),
  meta: metaSchema.extend({ revenue_months: z.number().int(), min_months: z.number().int() }),
});
export type MacroCorrelationsResponse = z.infer<typeof macroCorrelationsResponseSchema>;
