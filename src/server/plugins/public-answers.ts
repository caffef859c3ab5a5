import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendError } from './error-handler.js';

/**
 * Browsers revalidate every time (a cheap 304); shared caches (a CDN, nginx) may keep an answer half
 * a minute. No `stale-while-revalidate`: browsers honour it too, and would show an answer up to a
 * minute old while they fetch the new one in the background.
 */
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=30';
const MAX_ENTRIES = 500;
/**
 * How long this process reuses an anonymous answer unless PUBLIC_CACHE_SECONDS says otherwise.
 * Well inside the half minute shared caches are allowed above; signed-in people always read fresh.
 * At 1 s, 200 visitors asking about 700 different things over 100,000 offers waited 285 ms at p95
 * (bench/load), since most answers were computed again before anyone reused them; at 10 s, 59 ms.
 */
export const DEFAULT_PUBLIC_REUSE_SECONDS = 10;

type Entry = { payload: string; etag: string; contentType: string; storedAt: number };

const hasSession = (request: FastifyRequest) => /(^|;\s*)(__Secure-)?techbridge\.session_token=/.test(request.headers.cookie ?? '');

/**
 * A read anyone may make, made by someone not signed in, whose answer is the same for every visitor:
 * not one that hands this visitor a cookie (the CSRF token a first visit to /api/auth gets).
 */
function isAnonymousPublicRead(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.method !== 'GET' || !request.url.startsWith('/api/') || hasSession(request) || reply.hasHeader('set-cookie')) return false;
  const auth = request.routeOptions.config?.auth;
  return auth === 'public' || auth === 'optional';
}

const cacheKey = (request: FastifyRequest) => keyOf(request.language ?? 'vi', request.url);
const keyOf = (language: string, url: string) => `${language} ${url}`;

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The anonymous answer to `GET url` in `language` from this process's memory if fresh, else
     * `compute`d (a JSON text) and kept for the next visitor: for a page that shows what an API
     * answers (the statistics page's head), so the two share one computation.
     */
    reusePublicAnswer: (language: string, url: string, compute: () => Promise<string>) => Promise<string>;
  }
}

/** The first request for an answer not in memory: it computes it, and tells those who asked meanwhile. */
type Leader = { key: string; settle: (entry: Entry | null) => void };

/**
 * Public answers that caches can keep: anonymous reads carry an ETag and `Cache-Control: public`
 * (and never a cookie — see the CSRF plugin); everything else is `private, no-store`.
 *
 * With `reuseSeconds` > 0 this process also answers repeated anonymous reads from memory for that
 * long, and visitors who ask for an answer while it is being computed wait for that one instead of
 * computing it again; so a burst of visitors does not queue on the database. At most
 * `maxComputing` distinct answers are computed at once: beyond, a visitor is told at once to come
 * back in a second (503 with Retry-After) rather than waiting in a queue until the connection times out.
 */
export const publicAnswersPlugin = fp<{ reuseSeconds: number; maxComputing: number }>(async (app, { reuseSeconds, maxComputing }) => {
  const reused = new Map<string, Entry>();
  const computing = new Map<string, Promise<Entry | null>>();
  const leaders = new WeakMap<FastifyRequest, Leader>();
  const fresh = (entry: Entry | undefined) => (entry && Date.now() - entry.storedAt <= reuseSeconds * 1000 ? entry : undefined);

  const lead = (request: FastifyRequest, key: string) => {
    let settle: (entry: Entry | null) => void = () => {};
    computing.set(
      key,
      new Promise<Entry | null>((resolve) => {
        settle = resolve;
      }),
    );
    leaders.set(request, { key, settle });
  };
  const finish = (request: FastifyRequest, entry: Entry | null) => {
    const leader = leaders.get(request);
    if (!leader) return;
    leaders.delete(request);
    computing.delete(leader.key);
    leader.settle(entry);
  };

  const store = (key: string, payload: string, contentType: string) => {
    if (reused.size >= MAX_ENTRIES) reused.delete(reused.keys().next().value!);
    const entry = { payload, etag: `W/"${crypto.createHash('sha1').update(payload).digest('base64url')}"`, contentType, storedAt: Date.now() };
    reused.set(key, entry);
    return entry;
  };
  app.decorate('reusePublicAnswer', async (language: string, url: string, compute: () => Promise<string>) => {
    const key = keyOf(language, url);
    const entry = fresh(reused.get(key)) ?? (await computing.get(key)) ?? undefined;
    if (entry) return entry.payload;
    const payload = await compute();
    if (reuseSeconds > 0) store(key, payload, 'application/json; charset=utf-8');
    return payload;
  });

  app.addHook('preHandler', async (request, reply) => {
    if (reuseSeconds <= 0 || !isAnonymousPublicRead(request, reply)) return;
    const key = cacheKey(request);
    let entry = fresh(reused.get(key));
    if (!entry) {
      const underway = computing.get(key);
      if (!underway) {
        if (computing.size >= maxComputing) return sendError(reply.header('retry-after', '1'), 'UNAVAILABLE', { reason: 'busy' });
        return lead(request, key);
      }
      // Computed by another visitor's request: its answer, or our own if it failed.
      entry = (await underway) ?? undefined;
      if (!entry) return;
    }
    reply.header('etag', entry.etag).header('cache-control', PUBLIC_CACHE_CONTROL).header('vary', 'Accept-Language, Cookie');
    if (request.headers['if-none-match'] === entry.etag) return reply.code(304).send();
    return reply.type(entry.contentType).send(entry.payload);
  });
  // An answer that never reached onSend as a 200 (an error, a closed connection) frees its waiters.
  app.addHook('onResponse', async (request) => finish(request, null));
  app.addHook('onRequestAbort', async (request) => finish(request, null));

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) return payload;
    if (!isAnonymousPublicRead(request, reply) || reply.statusCode !== 200 || typeof payload !== 'string') {
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'private, no-store');
      return payload;
    }
    if (reply.hasHeader('etag')) return payload;
    const etag = `W/"${crypto.createHash('sha1').update(payload).digest('base64url')}"`;
    reply.header('etag', etag).header('cache-control', PUBLIC_CACHE_CONTROL).header('vary', 'Accept-Language, Cookie');
    if (reuseSeconds > 0) finish(request, store(cacheKey(request), payload, String(reply.getHeader('content-type') ?? 'application/json')));
    if (request.headers['if-none-match'] === etag) {
      reply.code(304);
      return '';
    }
    return payload;
  });
});
