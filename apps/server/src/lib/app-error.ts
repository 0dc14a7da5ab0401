import { ERROR_STATUS, type ErrorCode, type ErrorDetail } from '@ayni/contracts';

/** The one error type services throw; the error handler maps `code` to its HTTP status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: { messageEs?: string; details?: ErrorDetail[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = 'Resource') =>
  new AppError('NOT_FOUND', `${what} not found`, { messageEs: 'No encontrado' });

export const unauthorized = (message = 'Authentication required', messageEs = 'Debes iniciar sesión') =>
  new AppError('UNAUTHORIZED', message, { messageEs });
