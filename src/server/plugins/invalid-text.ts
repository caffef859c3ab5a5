import fp from 'fastify-plugin';
import { FieldError } from '../errors.js';

/**
 * Text PostgreSQL cannot store or that no person types: NUL and the other C0 controls except tab,
 * newline and carriage return (XML, hence .xlsx exports, cannot hold them either), and lone UTF-16
 * surrogates, which the driver would silently turn into U+FFFD (`\p{Cs}` matches only unpaired ones).
 */
// eslint-disable-next-line no-control-regex
const invalidCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|\p{Cs}/u;

/** Whether a string may be passed to the database as text. */
function isValidText(value: string): boolean {
  return !invalidCharacter.test(value);
}

/** The dotted paths (under `prefix`) of every key or string value in `value` that is not valid text. */
function invalidTextPaths(value: unknown, prefix: string, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!isValidText(value)) found.push(prefix);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => invalidTextPaths(item, `${prefix}.${index}`, found));
  } else if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (!isValidText(key)) found.push(path);
      else invalidTextPaths(item, path, found);
    }
  }
  return found;
}

/**
 * Refuses invalid text in the body, query string and path of every request, before any route's
 * schema or the database sees it, with 400 naming each field (paths as the schema errors name
 * them: body fields bare, others under `querystring.` and `params.`). File names of uploads are
 * checked where the upload is read (`uploadedFileName`).
 */
export const invalidTextPlugin = fp(async (app) => {
  app.addHook('preValidation', async (request) => {
    const paths = [...invalidTextPaths(request.body, ''), ...invalidTextPaths(request.query, 'querystring'), ...invalidTextPaths(request.params, 'params')];
    if (paths.length) throw new FieldError(paths.map((path) => ({ path, key: 'invalid_text' })));
  });
});

/** An uploaded file's name, or 400 on `file` when it is not valid text; `fallback` when there is none. */
export function uploadedFileName(name: string | undefined, fallback = 'file'): string {
  if (name && !isValidText(name)) throw new FieldError([{ path: 'file', key: 'invalid_text' }]);
  return name || fallback;
}
