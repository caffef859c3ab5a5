import { inject } from 'vitest';
import { waitUntilHealthy } from './server.js';

/** The address of the shared server with the demo data set (started by demo-server.setup.ts), once it answers. */
export async function demoServerUrl(): Promise<string> {
  const baseUrl = inject('demoServerUrl');
  await waitUntilHealthy(baseUrl);
  return baseUrl;
}
