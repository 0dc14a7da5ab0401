import { AppError } from '../../lib/app-error';

/** Stored on a failed report and sent in report.failed: the reason in both languages. */
export interface ReportFailure {
  code: string;
  message: string;
  message_es: string;
}

export const REPORT_NO_DATA = 'REPORT_NO_DATA';

/** A period without sales: a clear 422 (or a failed report), never an empty PDF. */
export function noDataError(period: string): AppError {
  return new AppError(
    'UNPROCESSABLE',
    `There are no sales for ${period}: upload data for that period first`,
    {
      messageEs: `No hay ventas para ${period}: sube datos de ese período primero`,
      details: [{ field: 'body.period', message: REPORT_NO_DATA }],
    },
  );
}

/** What a failed job records: the no-data reason as such, anything else as an internal error. */
export function failureOf(err: unknown): ReportFailure {
  if (err instanceof AppError && err.options.details?.[0]?.message === REPORT_NO_DATA) {
    return { code: REPORT_NO_DATA, message: err.message, message_es: err.options.messageEs ?? err.message };
  }
  if (err instanceof AppError) {
    return { code: err.code, message: err.message, message_es: err.options.messageEs ?? err.message };
  }
  return {
    code: 'REPORT_BUILD_FAILED',
    message: 'The report could not be built; please try again',
    message_es: 'No se pudo generar el informe; inténtalo de nuevo',
  };
}
