import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { sendError } from './error-handler.js';

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Serves the built React app: hashed assets compressed (Brotli or gzip, written at build time) and
 * cached for a year; index.html revalidated on each visit; unknown non-API paths answer index.html
 * (client-side routing).
 */
export const webAppPlugin = fp<{ root: string }>(async (app, { root }) => {
  const index = path.join(root, 'index.html');
  const built = fs.existsSync(index);
  if (built) {
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: false,
      index: false,
      preCompressed: true,
      // Vite names assets by their content hash, so a changed file is a new URL.
      setHeaders: (res, filePath) => {
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('cache-control', hashed ? `public, max-age=${YEAR_SECONDS}, immutable` : 'no-cache');
      },
    });
  }
  // Read once: a crowd's first visits all ask for it, and a file stream per visit queued on the disk's thread pool.
  const page = built ? fs.readFileSync(index) : null;
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !page) return sendError(reply, 'NOT_FOUND', { path: request.url });
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page);
  });
});
