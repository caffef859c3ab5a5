import type { ErrorBody, ErrorCode, FieldIssue } from '../../shared/errors/error-codes.js';

/** An error answered by the API, carrying its code (translated by the UI) and the fields at fault. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fields: FieldIssue[];
  readonly details: Record<string, unknown>;

  constructor(status: number, code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.fields = Array.isArray(details.fields) ? (details.fields as FieldIssue[]) : [];
  }
}

const CSRF_COOKIE = 'tb_csrf';

function readCookie(name: string): string | undefined {
  const match = document.cookie.match(new RegExp(`(?:^|;\\s*)${name}=([^;]*)`));
  return match ? decodeURIComponent(match[1]) : undefined;
}

export type QueryValue = string | number | boolean | null | undefined;

/** `/api/x` plus the query parameters that have a value. */
export function withQuery(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * JSON in and out, with the session cookie and, on every write, the CSRF header copied from
 * the `tb_csrf` cookie (double submit). Errors become ApiError.
 */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    // A first visit may not have the cookie yet; any GET to /api sets it.
    if (!readCookie(CSRF_COOKIE)) await fetch('/api/health', { credentials: 'same-origin' });
    headers['x-csrf-token'] = readCookie(CSRF_COOKIE) ?? '';
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'UNAVAILABLE', 'network error');
  }
  const text = await response.text();
  const json: unknown = text ? parseJson(text) : undefined;
  if (!response.ok) {
    const error = (json as Partial<ErrorBody> | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? fallbackCode(response.status), error?.message ?? response.statusText, error?.details ?? {});
  }
  return json as T;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function fallbackCode(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  return status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
}

export const apiGet = <T>(path: string, query?: Record<string, QueryValue>) => api<T>('GET', withQuery(path, query));
export const apiPost = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body);
export const apiPatch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const apiDelete = <T>(path: string) => api<T>('DELETE', path);

/** The shape of every list endpoint. */
export type Page<T> = { items: T[]; total: number; nextCursor: string | null };
