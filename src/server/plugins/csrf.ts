import crypto from 'node:crypto';
import fp from 'fastify-plugin';
import { sendError } from './error-handler.js';

export const CSRF_COOKIE = 'tb_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const sessionCookie = /(^|;\s*)(__Secure-)?techbridge\.session_token=/;

/**
 * Double-submit token for cookie-authenticated writes: the web client copies the readable
 * `tb_csrf` cookie into the `x-csrf-token` header, which another site cannot do.
 */
export const csrfPlugin = fp(async (app) => {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[CSRF_COOKIE];
    // Handed out with a session and by /api/auth (sign-in, the first /api/auth/me), never with other answers: an
    // answer that sets a cookie is private (plugins/public-answers.ts), so the public ones carry none and caches may keep them.
    const signedIn = sessionCookie.test(request.headers.cookie ?? '');
    if (!token && (signedIn || request.url.startsWith('/api/auth/'))) {
      reply.setCookie(CSRF_COOKIE, crypto.randomBytes(24).toString('base64url'), {
        path: '/',
        sameSite: 'strict',
        httpOnly: false,
        secure: request.protocol === 'https',
      });
    }
    if (!unsafeMethods.has(request.method)) return;
    if (!signedIn) return;
    const header = request.headers[CSRF_HEADER];
    if (!token || typeof header !== 'string' || !safeEqual(header, token)) return sendError(reply, 'CSRF_FAILED');
  });
});

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
