import type { CanonicalField, DateOrder, IssueMessage, NumberFormat } from '../types';
import { fieldLabel } from './field-labels';

/** "decimal ',' (1.234,5)": the same words read in both languages. */
const describeNumber = (format: NumberFormat) =>
  `decimal '${format.decimal}' (${format.decimal === ',' ? '1.234,5' : '1,234.5'})`;

const ORDER_LABEL: Record<DateOrder, string> = { dmy: 'dd/mm/aaaa', mdy: 'mm/dd/aaaa', ymd: 'aaaa-mm-dd' };
const ORDER_LABEL_EN: Record<DateOrder, string> = { dmy: 'dd/mm/yyyy', mdy: 'mm/dd/yyyy', ymd: 'yyyy-mm-dd' };

export const detectionWarnings = {
  missingRequiredColumn: (field: CanonicalField): IssueMessage => ({
    code: 'MISSING_REQUIRED_COLUMN',
    message_es: `No se encontró una columna para el campo obligatorio ${fieldLabel(field, 'es')}; asígnela manualmente.`,
    message_en: `No column was found for required field ${fieldLabel(field, 'en')}; please map it manually.`,
  }),
  lowConfidence: (column: string, field: CanonicalField, confidence: number): IssueMessage => ({
    code: 'LOW_CONFIDENCE_MATCH',
    message_es: `La columna "${column}" se asignó a ${fieldLabel(field, 'es')} con poca certeza (${Math.round(confidence * 100)}%); revísela.`,
    message_en: `Column "${column}" was mapped to ${fieldLabel(field, 'en')} with low confidence (${Math.round(confidence * 100)}%); please check it.`,
  }),
  percentNotAmount: (column: string, field: CanonicalField): IssueMessage => ({
    code: 'PERCENT_NOT_AMOUNT',
    message_es: `La columna "${column}" tiene porcentajes, no montos: no se usa como ${fieldLabel(field, 'es')} y se guarda como dato adicional.`,
    message_en: `Column "${column}" holds percentages, not amounts: it is not used as ${fieldLabel(field, 'en')} and is kept as an extra.`,
  }),
  ambiguousNumber: (column: string, format: NumberFormat): IssueMessage => ({
    code: 'AMBIGUOUS_NUMBER_FORMAT',
    message_es: `Los números de la columna "${column}" admiten dos lecturas; se asumió ${describeNumber(format)}. Revise la vista previa.`,
    message_en: `Numbers in column "${column}" can be read two ways; assumed ${describeNumber(format)}. Please check the preview.`,
  }),
  ambiguousDateOrder: (column: string, order: DateOrder): IssueMessage => ({
    code: 'AMBIGUOUS_DATE_ORDER',
    message_es: `Ninguna fecha de la columna "${column}" distingue día y mes; se asumió ${ORDER_LABEL[order]}. Revise la vista previa.`,
    message_en: `No date in column "${column}" tells day from month; assumed ${ORDER_LABEL_EN[order]}. Please check the preview.`,
  }),
  dateOrderFromRange: (column: string, order: DateOrder, spanDays: number): IssueMessage => ({
    code: 'DATE_ORDER_FROM_RANGE',
    message_es: `Ninguna fecha de la columna "${column}" distingue día y mes; se usó ${ORDER_LABEL[order]} porque así las fechas abarcan ${spanDays + 1} días seguidos.`,
    message_en: `No date in column "${column}" tells day from month; used ${ORDER_LABEL_EN[order]} because then the dates cover ${spanDays + 1} consecutive days.`,
  }),
};
