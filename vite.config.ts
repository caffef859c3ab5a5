import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside every text asset of the build, so the server
 * sends compressed files without compressing them on each request (@fastify/static `preCompressed`).
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'techbridge-precompress',
    apply: 'build',
    configResolved: (config) => {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: () => {
      const walk = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      for (const file of walk(outDir).filter((f) => /\.(js|css|html|svg|json|webmanifest)$/.test(f))) {
        const content = fs.readFileSync(file);
        if (content.length < 1024) continue;
        fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }));
      }
    },
  };
}

/**
 * An installable app whose service worker precaches the built app shell, so the field survey pages
 * (/field/…) open and reload without a network (issue 14, item 5). Other pages still come from the
 * server (their HTML carries each record's title and links), and /api is never cached.
 */
const installable = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: 'script',
  manifest: {
    name: 'TechBridge — Kết nối cung cầu công nghệ',
    short_name: 'TechBridge',
    description: 'Mạng lưới kết nối cung – cầu công nghệ quốc gia',
    lang: 'vi',
    start_url: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1c5fa8',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,png,svg,woff2}'],
    navigateFallback: '/index.html',
    navigateFallbackAllowlist: [/^\/field\//],
    // The largest chunks (charts, PDF preview) are above Workbox's 2 MB default.
    maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    // The page that downloads a campaign is controlled at once, so it reloads offline without a second visit.
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig({
  root: 'src/web',
  plugins: [react(), installable, precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // The server reads it to preload the reader's language chunk with the first page (plugins/web-app.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first page imports statically in one chunk: otherwise each module it shares
          // with a lazy page (a Text, a Stack, a query hook) becomes a file of its own, and a first
          // visit pays a request and a compression dictionary for each.
          groups: [
            { name: 'shell', tags: ['$initial'], priority: 2 },
            // What the lazy pages share, in two files instead of a few dozen of a few hundred bytes each: the
            // interface library's parts the first page does not use (menus, dialogs, pickers), and the app's
            // own shared modules (API hooks, form parts, schemas). On a 60 ms line each file was a round trip:
            // the search page came in 45 files; in 9 it shows its results about 0.4 s sooner (bench/frontend).
            { name: 'ui', test: /node_modules[\\/](@mantine[\\/]core|@floating-ui)[\\/]/, priority: 1 },
            { name: 'common', test: /src[\\/](web[\\/](lib|api|components)|shared)[\\/]/, minShareCount: 2, priority: 0 },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
