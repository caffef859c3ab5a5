/**
 * The home and search pages as a first-time visitor on a modest connection gets them: compressed
 * JavaScript transferred, requests and Largest Contentful Paint, in Chromium throttled to 9 Mbit/s
 * and 60 ms latency, cold cache, median of five loads each. Printed next to the same-run baseline
 * of the whole app's JavaScript (what a visitor would download if pages were not split), and the
 * targets of issue 12 (≤ 200 KB, LCP ≤ 1.5 s). Needs the built web app: npm run build && npx tsx bench/frontend.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchBrowser } from '../e2e/support/browser.js';
import { spawnServer, waitUntilHealthy } from '../e2e/support/server.js';

const LOADS = 5;
const assetsDir = path.resolve('dist/web/assets');
if (!fs.existsSync(assetsDir)) throw new Error('Build the web app first: npm run build');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function wholeAppJavaScript(): number {
  return fs
    .readdirSync(assetsDir)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + zlib.brotliCompressSync(fs.readFileSync(path.join(assetsDir, file))).length, 0);
}

type Load = { scriptBytes: number; scripts: number; requests: number; lcpMs: number };

async function loadPage(url: string, browser: Awaited<ReturnType<typeof launchBrowser>>): Promise<Load> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 60, downloadThroughput: (9e6 / 8) * 0.9, uploadThroughput: (9e6 / 8) * 0.9 });
  // Bytes on the wire per script, less its response headers: the compressed JavaScript itself.
  const headerBytes = new Map<string, number>();
  let scriptBytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', () => (requests += 1));
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') headerBytes.set(event.requestId, event.response.encodedDataLength);
  });
  cdp.on('Network.loadingFinished', (event) => {
    const headers = headerBytes.get(event.requestId);
    if (headers !== undefined) scriptBytes += event.encodedDataLength - headers;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const lcpMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1].startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  await context.close();
  return { scriptBytes, scripts: headerBytes.size, requests, lcpMs };
}

const server = await spawnServer();
try {
  await waitUntilHealthy(server.baseUrl, server.failure);
  const browser = await launchBrowser();
  console.log(`cold cache, 9 Mbit/s + 60 ms, median of ${LOADS} loads per page; baseline: all of the app's JavaScript, Brotli  ${kb(wholeAppJavaScript())}`);
  for (const [name, pagePath] of [
    ['home page', '/'],
    ['search page "nước mắm"', `/offers?q=${encodeURIComponent('nước mắm')}`],
  ]) {
    const loads: Load[] = [];
    for (let i = 0; i < LOADS; i++) loads.push(await loadPage(server.baseUrl + pagePath, browser));
    const bytes = median(loads.map((l) => l.scriptBytes));
    const lcp = median(loads.map((l) => l.lcpMs));
    console.log(`${name}`);
    console.log(`  compressed JavaScript transferred  ${kb(bytes)} in ${loads[0].scripts} files, headers aside   (target ≤ 200 KB)`);
    console.log(`  requests  ${median(loads.map((l) => l.requests))}`);
    console.log(`  Largest Contentful Paint  ${Math.round(lcp)} ms   (target ≤ 1500 ms)`);
  }
  await browser.close();
} finally {
  await server.stop();
}
