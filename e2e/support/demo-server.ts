import fs from 'node:fs';
import { inject } from 'vitest';
import { waitUntilHealthy } from './server.js';

/** What the shared server printed if it has exited, as written by demo-server.setup.ts. */
function demoServerFailure(): string | null {
  const file = inject('demoServerFailureFile');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

/** The address of the shared server with the demo data set (started by demo-server.setup.ts), once it answers. */
export async function demoServerUrl(): Promise<string> {
  const baseUrl = inject('demoServerUrl');
  await waitUntilHealthy(baseUrl, demoServerFailure);
  return baseUrl;
}
