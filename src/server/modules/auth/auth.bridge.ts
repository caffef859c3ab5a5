import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '../../../shared/errors/error-codes.js';
import { AppError, FieldError } from '../../errors.js';
import type { Auth } from './auth.js';
import { PASSWORD_TOO_COMMON } from './password-policy.js';

/** better-auth's error codes, mapped onto ours so that every answer has the one error shape. */
function mapAuthError(status: number, code: string | undefined, headers: Headers, path: string): AppError {
  if (status === 429) {
    return new AppError('RATE_LIMITED', { retryAfterSeconds: Number(headers.get('x-retry-after') ?? 60) });
  }
  const reason = code ?? '';
  switch (reason) {
    case 'INVALID_EMAIL_OR_PASSWORD':
    case 'INVALID_PASSWORD':
      return new AppError('INVALID_CREDENTIALS');
    case 'EMAIL_NOT_VERIFIED':
      return new AppError('EMAIL_NOT_VERIFIED');
    case 'USER_ALREADY_EXISTS':
    case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
      return new FieldError([{ path: 'email', key: 'email_taken', message: undefined }]);
    case 'PASSWORD_TOO_SHORT':
    case 'PASSWORD_TOO_LONG':
    case PASSWORD_TOO_COMMON:
      // Sign-up names the field `password`; change and reset name the new one `newPassword`.
      return new FieldError([{ path: path === '/sign-up/email' ? 'password' : 'newPassword', key: reason.toLowerCase() }]);
    case 'INVALID_EMAIL':
      return new FieldError([{ path: 'email', key: 'invalid_email' }]);
    case 'INVALID_CODE':
    case 'INVALID_BACKUP_CODE':
      return new AppError('INVALID_TWO_FACTOR_CODE');
    case 'INVALID_TWO_FACTOR_COOKIE':
    case 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE':
      return new AppError('TWO_FACTOR_EXPIRED');
    case 'ACCOUNT_TEMPORARILY_LOCKED':
      return new AppError('RATE_LIMITED', { retryAfterSeconds: 15 * 60 });
    case 'TOTP_ALREADY_ENABLED':
      return new AppError('CONFLICT', { reason: 'two_factor_enabled' });
    case 'INVALID_TOKEN':
    case 'TOKEN_EXPIRED':
      return new AppError('BAD_REQUEST', { reason: 'invalid_token' });
  }
  const byStatus: Record<number, ErrorCode> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };
  return new AppError(byStatus[status] ?? 'BAD_REQUEST', code ? { reason: code } : {});
}

function forwardedHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined || key === 'content-length' || key === 'x-techbridge-client-ip') continue;
    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  // The only address header better-auth reads, set here so clients cannot spoof their rate-limit key.
  headers.set('x-techbridge-client-ip', request.ip);
  return headers;
}

/**
 * Runs one better-auth endpoint for this request: copies its cookies and redirects to the reply,
 * and turns its errors into AppErrors. Returns the JSON body on success.
 */
export async function callAuth(
  auth: Auth,
  request: FastifyRequest,
  reply: FastifyReply,
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; query?: Record<string, string> } = {},
): Promise<unknown> {
  const url = new URL(`/api/auth${path}`, auth.options.baseURL);
  for (const [key, value] of Object.entries(init.query ?? {})) url.searchParams.set(key, value);
  const headers = forwardedHeaders(request);
  const method = init.method ?? 'POST';
  if (method === 'POST') headers.set('content-type', 'application/json');
  // Requests from our own pages may lack Origin (app.inject, same-origin GET); better-auth's origin check needs it.
  if (!headers.has('origin')) headers.set('origin', new URL(auth.options.baseURL as string).origin);
  const response = await auth.handler(new Request(url, { method, headers, body: method === 'POST' ? JSON.stringify(init.body ?? {}) : undefined }));
  for (const cookie of response.headers.getSetCookie()) reply.header('set-cookie', cookie);
  const text = await response.text();
  const json: unknown = text ? safeJson(text) : null;
  if (response.status >= 400) {
    const code = (json as { code?: string } | null)?.code;
    throw mapAuthError(response.status, code, response.headers, path);
  }
  if (response.status >= 300 && response.status < 400) {
    reply.redirect(response.headers.get('location') ?? '/', response.status as 302);
    return undefined;
  }
  return json;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
