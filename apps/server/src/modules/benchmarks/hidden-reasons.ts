import type { CutKindKey } from '@ayni/contracts';

/** How each cut is named in a sentence, both languages. */
const CUT_NAMES: Record<CutKindKey, { es: string; en: string }> = {
  industry_size: { es: 'tu rubro y tamaño', en: 'your industry and size' },
  industry_region: { es: 'tu rubro y región', en: 'your industry and region' },
  industry: { es: 'tu rubro', en: 'your industry' },
  all: { es: 'todas las empresas de AYNI', en: 'all AYNI companies' },
};

export interface ReasonView {
  code: string;
  message: string;
  message_es: string;
}

/** A stored hidden-cut reason ({code, required, actual}) as the plain words the page shows. */
export function hiddenReasonView(
  cut: CutKindKey,
  stored: unknown,
  options = { withCount: true },
): ReasonView {
  const reason = (stored ?? {}) as { code?: string; required?: number; actual?: number };
  const name = CUT_NAMES[cut];
  switch (reason.code) {
    case 'TOO_FEW_COMPANIES':
      if (!options.withCount)
        return {
          code: reason.code,
          message: `fewer than ${reason.required} companies in this group`,
          message_es: `hay menos de ${reason.required} empresas en este grupo`,
        };
      return {
        code: reason.code,
        message: `${reason.required} companies are needed in ${name.en}; today there are ${reason.actual}`,
        message_es: `se necesitan ${reason.required} empresas en ${name.es}; hoy hay ${reason.actual}`,
      };
    case 'DOMINANT_COMPANY':
      return {
        code: reason.code,
        message: `one company makes more than half of the total of ${name.en}: hidden so it cannot be exposed`,
        message_es: `una sola empresa concentra más de la mitad del total de ${name.es}: se oculta para no exponerla`,
      };
    case 'TOO_CLOSE_TO_ANOTHER_CUT':
      return {
        code: reason.code,
        message: `${name.en} differs from another published group by fewer than ${reason.required} companies: comparing both would expose them`,
        message_es: `${name.es} difiere de otro grupo publicado en menos de ${reason.required} empresas: comparar ambos las expondría`,
      };
    default:
      return { code: 'HIDDEN', message: 'hidden', message_es: 'oculto' };
  }
}

export const OPTED_OUT: ReasonView = {
  code: 'OPTED_OUT',
  message: 'Your company does not take part in the benchmarks: it neither contributes nor sees percentiles',
  message_es: 'Tu empresa no participa en las comparaciones: no aporta datos ni ve percentiles',
};

export const NOT_COMPUTED: ReasonView = {
  code: 'NOT_COMPUTED',
  message: 'There is no comparison for this period yet (a complete period of sales is needed)',
  message_es: 'Aún no hay comparación para este período (se necesita un período completo de ventas)',
};
