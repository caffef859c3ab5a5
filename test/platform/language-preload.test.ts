import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { createTestApp, type TestContext } from '../support/test-app.js';

// The first page names the chunk of the reader's language, so it downloads beside the app's code
// instead of after it has run (the built app's manifest says which file holds each language).
let ctx: TestContext;
let site: FastifyInstance;

beforeAll(async () => {
  ctx = await createTestApp();
  const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-web-'));
  fs.copyFileSync(path.join(import.meta.dirname, '../../src/web/index.html'), path.join(webRoot, 'index.html'));
  fs.mkdirSync(path.join(webRoot, '.vite'));
  const manifest = {
    'i18n/languages/vi.ts': { file: 'assets/vi-AbC123.js', isDynamicEntry: true },
    'i18n/languages/en.ts': { file: 'assets/en-XyZ789.js', isDynamicEntry: true },
    'main.tsx': { file: 'assets/index-Q1w2E3.js', isEntry: true },
  };
  fs.writeFileSync(path.join(webRoot, '.vite', 'manifest.json'), JSON.stringify(manifest));
  site = await buildApp({ config: ctx.config, database: ctx.database, logger: false, webRoot });
});
afterAll(async () => {
  await site?.close();
  await ctx?.close();
});

const preloads = (html: string) => [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);

it('preloads the Vietnamese strings for a first visit, the English ones for a reader who chose English', async () => {
  const first = await site.inject({ method: 'GET', url: '/' });
  expect(first.statusCode).toBe(200);
  expect(preloads(first.body)).toEqual(['/assets/vi-AbC123.js']);

  const english = await site.inject({ method: 'GET', url: '/offers', cookies: { lang: 'en' } });
  expect(preloads(english.body)).toEqual(['/assets/en-XyZ789.js']);
});
