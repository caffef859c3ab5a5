import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer({ DEMO_DATA: 'false' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('serves the Vietnamese home page', async () => {
  const page = await browser.newPage();
  await page.goto(server.baseUrl);
  await page.locator('h1').first().waitFor();
  expect(await page.locator('h1').first().textContent()).toContain('Kết nối cung – cầu công nghệ');
  expect(await page.getAttribute('html', 'lang')).toBe('vi');
});
