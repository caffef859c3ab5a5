import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { demoServerUrl } from './demo-server.js';

export type DemoBrowser = { baseUrl: string; browser: Browser };

/** Chromium on the shared demo server for one journey file: opened before its tests, closed after them. */
export function demoBrowser(): DemoBrowser {
  const session = {} as DemoBrowser;
  beforeAll(async () => {
    session.baseUrl = await demoServerUrl();
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
