import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { errorStatus, type ErrorBody, type ErrorCode, type FieldIssue } from '../../shared/errors/error-codes.js';
import { errorMessage } from '../../shared/errors/error-messages.js';
import { describeIssue, fieldMessageKeys, type FieldMessageKey } from '../../shared/errors/field-messages.js';
import type { Language } from '../../shared/i18n/language.js';
import { driverErrorKind } from '../../db/driver-errors.js';
import { AppError, FieldError } from '../errors.js';

export function errorBody(code: ErrorCode, lang: Language, details: Record<string, unknown> = {}): ErrorBody {
  return { error: { code, message: errorMessage(code, lang, details), details } };
}

export function sendError(reply: FastifyReply, code: ErrorCode, details: Record<string, unknown> = {}) {
  return reply.status(errorStatus[code]).send(errorBody(code, reply.request.language, details));
}

type RawIssue = Parameters<typeof describeIssue>[0] & { path?: string };

function zodIssues(error: FastifyError, lang: Language, prefix: string): FieldIssue[] {
  return (error.validation ?? []).map((v) => {
    const issue = { code: v.keyword, message: v.message, ...(v.params as object) } as RawIssue;
    const path = [prefix, v.instancePath.replace(/^\//, '').replaceAll('/', '.')].filter(Boolean).join('.');
    return { path: path.replace(/^body\.?/, ''), code: String(issue.params?.key ?? issue.code), message: describeIssue(issue, lang) };
  });
}

/** Maps every failure to the one error shape; unexpected errors are logged and answered as INTERNAL with the request id. */
function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const lang = request.language ?? 'vi';
  if (error instanceof FieldError) {
    const fields = error.problems.map((p) => ({
      path: p.path,
      code: p.key,
      message: p.message ?? fieldMessageKeys[p.key as FieldMessageKey]?.[lang] ?? describeIssue({ code: p.key }, lang),
    }));
    return reply.status(400).send(errorBody('VALIDATION_FAILED', lang, { fields }));
  }
  if (error instanceof AppError) return reply.status(error.status).send(errorBody(error.code, lang, error.details));
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext === 'body' ? '' : (error.validationContext ?? '');
    return reply.status(400).send(errorBody('VALIDATION_FAILED', lang, { fields: zodIssues(error, lang, context) }));
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
    return reply.status(500).send(errorBody('INTERNAL', lang, { requestId: request.id }));
  }
  // Fastify's own 4xx: malformed JSON, wrong content type, body too large, and so on.
  const status = error.statusCode ?? 500;
  if (status === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE') return reply.status(413).send(errorBody('PAYLOAD_TOO_LARGE', lang));
  if (status === 415) return reply.status(415).send(errorBody('UNSUPPORTED_MEDIA_TYPE', lang));
  if (status === 429) return reply.status(429).send(errorBody('RATE_LIMITED', lang));
  if (status >= 400 && status < 500) {
    return reply.status(400).send(errorBody('BAD_REQUEST', lang, { reason: error.message }));
  }
  const driverError = driverErrorKind(error);
  if (driverError === 'invalid-text') return reply.status(400).send(errorBody('BAD_REQUEST', lang, { reason: 'invalid_text' }));
  if (driverError === 'unavailable') {
    request.log.warn({ err: { message: error.message, code: error.code } }, 'database unavailable');
    return reply.status(503).header('retry-after', '5').send(errorBody('UNAVAILABLE', lang));
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send(errorBody('INTERNAL', lang, { requestId: request.id }));
}

export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler(handleError);
});
