import { errorStatus, type ErrorCode } from '../shared/errors/error-codes.js';
import type { FieldMessageKey } from '../shared/errors/field-messages.js';

/** The one error type services throw; the error handler turns it into `{ error: { code, message, details } }`. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
    message?: string,
  ) {
    super(message ?? code);
    this.status = errorStatus[code];
  }
}

/** A validation error on one or more named fields, with message keys translated for the caller. */
export type FieldProblem = { path: string; key: FieldMessageKey | string; message?: string };

export class FieldError extends AppError {
  constructor(readonly problems: FieldProblem[]) {
    super('VALIDATION_FAILED');
  }
}

export const notFound = (entity: string) => new AppError('NOT_FOUND', { entity });
export const forbidden = (reason?: string) => new AppError('FORBIDDEN', reason ? { reason } : {});
export const fieldError = (path: string, key: FieldMessageKey) => new FieldError([{ path, key }]);
