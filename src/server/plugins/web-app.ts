import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendError } from './error-handler.js';

/** What a public page tells search engines and link previews, written into the HTML the server returns. */
export type PageHead = { title: string; description: string; canonical: string; jsonLd?: Record<string, unknown> };
/** A page that moved for good (a merged duplicate's address): the server answers 301 to it. */
export type PageMoved = { movedTo: string };
export type HeadFor = (request: FastifyRequest) => Promise<PageHead | PageMoved | null>;

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** index.html with the page's title, description, canonical link, Open Graph tags and structured data in place of the generic ones. */
export function withHead(html: string, head: PageHead): string {
  const title = escapeHtml(head.title);
  const description = escapeHtml(head.description);
  const canonical = escapeHtml(head.canonical);
  // `<` inside JSON-LD would let a record's text close the script element.
  const jsonLd = head.jsonLd ? `<script type="application/ld+json">${JSON.stringify(head.jsonLd).replaceAll('<', '\\u003c')}</script>` : '';
  const tags = [
    `<link rel="canonical" href="${canonical}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${canonical}" />`,
    jsonLd,
  ].join('');
  return (
    html
      // Replacer functions: a record's text may hold `$&` and the like.
      .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`)
      .replace(/<meta name="description" content="[^"]*"\s*\/?>/, () => `<meta name="description" content="${description}" />`)
      .replace('</head>', () => `${tags}</head>`)
  );
}

const YEAR_SECONDS = 365 * 24 * 60 * 60;

type Manifest = Record<string, { file: string }>;

/**
 * The built chunk of each language's strings, from Vite's manifest. The app asks for it only once
 * its own code has run; named in the HTML, it downloads beside that code instead of after it.
 */
function languageChunks(root: string): Record<string, string> {
  const manifestFile = path.join(root, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile)) return {};
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  return Object.fromEntries(
    Object.entries(manifest).flatMap(([source, chunk]) => {
      const lang = /^i18n\/languages\/(\w+)\.ts$/.exec(source)?.[1];
      return lang ? [[lang, chunk.file]] : [];
    }),
  );
}

/** The reader's first language as the app decides it (i18n.ts): the `lang` cookie, else Vietnamese. */
const firstLanguage = (request: FastifyRequest) => (request.cookies?.lang === 'en' ? 'en' : 'vi');

/** index.html that also preloads the language chunk the app will ask for first. */
function withLanguagePreload(html: string, chunk: string | undefined): string {
  return chunk ? html.replace('</head>', () => `<link rel="modulepreload" crossorigin href="/${chunk}"></head>`) : html;
}

/**
 * Serves the built React app: hashed assets compressed (Brotli or gzip, written at build time) and
 * cached for a year; index.html revalidated on each visit; unknown non-API paths answer index.html
 * (client-side routing).
 */
export const webAppPlugin = fp<{ root: string; headFor?: HeadFor }>(async (app, { root, headFor }) => {
  const index = path.join(root, 'index.html');
  const built = fs.existsSync(index);
  const indexHtml = built ? fs.readFileSync(index, 'utf8') : '';
  const languageChunk = languageChunks(root);
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
  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !built) return sendError(reply, 'NOT_FOUND', { path: request.url });
    const head = headFor ? await headFor(request) : null;
    if (head && 'movedTo' in head) return reply.redirect(head.movedTo, 301);
    // index.html is held in memory: a crowd's first visits all ask for it.
    const html = withLanguagePreload(indexHtml, languageChunk[firstLanguage(request)]);
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(head ? withHead(html, head) : html);
  });
});
