import crypto from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/** Browsers revalidate (a cheap 304); shared caches (a CDN, nginx) may keep an answer half a minute. */
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=60';
const MAX_ENTRIES = 500;

type Entry = { payload: string; etag: string; contentType: string; storedAt: number };

const hasSession = (request: FastifyRequest) => /(^|;\s*)(__Secure-)?techbridge\.session_token=/.test(request.headers.cookie ?? '');

/** A read anyone may make, made by someone not signed in: its answer is the same for every visitor. */
function isAnonymousPublicRead(request: FastifyRequest): boolean {
  if (request.method !== 'GET' || !request.url.startsWith('/api/') || hasSession(request)) return false;
  const auth = request.routeOptions.config?.auth;
  return auth === 'public' || auth === 'optional';
}

const cacheKey = (request: FastifyRequest) => `${request.language ?? 'vi'} ${request.url}`;

/**
 * Public answers that caches can keep: anonymous reads carry an ETag and `Cache-Control: public`
 * (and never a cookie — see the CSRF plugin); everything else is `private, no-store`. With
 * `reuseSeconds` > 0 this process also answers repeated anonymous reads from memory for that long,
 * so a burst of visitors does not queue on an embedded database.
 */
export const publicAnswersPlugin = fp<{ reuseSeconds: number }>(async (app, { reuseSeconds }) => {
  const reused = new Map<string, Entry>();

  app.addHook('preHandler', async (request, reply) => {
    if (reuseSeconds <= 0 || !isAnonymousPublicRead(request)) return;
    const entry = reused.get(cacheKey(request));
    if (!entry || Date.now() - entry.storedAt > reuseSeconds * 1000) return;
    reply.header('etag', entry.etag).header('cache-control', PUBLIC_CACHE_CONTROL).header('vary', 'Accept-Language, Cookie');
    if (request.headers['if-none-match'] === entry.etag) return reply.code(304).send();
    return reply.type(entry.contentType).send(entry.payload);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) return payload;
    if (!isAnonymousPublicRead(request) || reply.statusCode !== 200 || typeof payload !== 'string') {
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'private, no-store');
      return payload;
    }
    if (reply.hasHeader('etag')) return payload;
    const etag = `W/"${crypto.createHash('sha1').update(payload).digest('base64url')}"`;
    reply.header('etag', etag).header('cache-control', PUBLIC_CACHE_CONTROL).header('vary', 'Accept-Language, Cookie');
    if (reuseSeconds > 0) {
      if (reused.size >= MAX_ENTRIES) reused.delete(reused.keys().next().value!);
      reused.set(cacheKey(request), { payload, etag, contentType: String(reply.getHeader('content-type') ?? 'application/json'), storedAt: Date.now() });
    }
    if (request.headers['if-none-match'] === etag) {
      reply.code(304);
      return '';
    }
    return payload;
  });
});
