import type { ErrorBody } from '../../shared/errors/error-codes.js';
import { ApiError } from './client.js';

const CSRF_COOKIE = 'tb_csrf';

function csrfToken(): string {
  const match = document.cookie.match(new RegExp(`(?:^|;\\s*)${CSRF_COOKIE}=([^;]*)`));
  return match ? decodeURIComponent(match[1]) : '';
}

/**
 * POSTs a multipart form and reports upload progress (0–100). fetch() cannot report upload
 * progress, hence XMLHttpRequest; errors become the same ApiError as every other call.
 */
export async function uploadForm<T>(path: string, form: FormData, onProgress?: (percent: number) => void, headers: Record<string, string> = {}): Promise<T> {
  if (!csrfToken()) await fetch('/api/health', { credentials: 'same-origin' });
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = true;
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('x-csrf-token', csrfToken());
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => reject(new ApiError(0, 'UNAVAILABLE', 'network error'));
    request.onload = () => {
      const body = parse(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        onProgress?.(100);
        resolve(body as T);
        return;
      }
      const error = (body as Partial<ErrorBody> | undefined)?.error;
      const code = error?.code ?? (request.status === 413 ? 'PAYLOAD_TOO_LARGE' : request.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'INTERNAL');
      reject(new ApiError(request.status, code, error?.message ?? request.statusText, error?.details ?? {}));
    };
    request.send(form);
  });
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
