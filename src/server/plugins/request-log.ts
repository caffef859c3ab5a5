import fp from 'fastify-plugin';
import type { RequestLog } from '../config.js';

const SLOW_MS = 1000;

/**
 * One log line per request when asked (`REQUEST_LOG=all`); by default only server errors and slow
 * requests, which is what a busy server can afford (Fastify's two lines per request cost a large share
 * of its throughput). Unexpected errors are logged by the error handler whatever this says.
 */
export const requestLogPlugin = fp<{ mode: RequestLog }>(async (app, { mode }) => {
  if (mode === 'off') return;
  app.addHook('onResponse', async (request, reply) => {
    const ms = Math.round(reply.elapsedTime);
    const line = { method: request.method, path: request.url.split('?')[0], status: reply.statusCode, ms, reqId: request.id };
    if (reply.statusCode >= 500) request.log.error(line, 'request failed');
    else if (ms >= SLOW_MS) request.log.warn(line, 'slow request');
    else if (mode === 'all') request.log.info(line, 'request');
  });
});
