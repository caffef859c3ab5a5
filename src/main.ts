/**
 * `npm start`: refuses an unsafe production configuration before anything heavy is loaded (a
 * misconfigured deployment fails in a second, with the reason), then starts the platform.
 */
import { unsafeSettings } from './server/config.js';

const problems = unsafeSettings();
if (problems.length > 0 && process.env.NODE_ENV === 'production') {
  console.error(`[techbridge] refusing to start in production:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee README "Configuration".`);
  process.exit(1);
}
for (const problem of problems) console.warn(`[techbridge] warning: ${problem} (fine for development, refused when NODE_ENV=production)`);

await import('./serve.js');
