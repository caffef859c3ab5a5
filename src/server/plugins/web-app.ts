import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { sendError } from './error-handler.js';

/** Serves the built React app and answers unknown non-API paths with its index.html (client-side routing). */
export const webAppPlugin = fp<{ root: string }>(async (app, { root }) => {
  const index = path.join(root, 'index.html');
  const built = fs.existsSync(index);
  if (built) await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !built) return sendError(reply, 'NOT_FOUND', { path: request.url });
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(fs.createReadStream(index));
  });
});
