/**
 * `npm start`: builds the web app when its sources are newer than the last build, then starts the server.
 * Keeps the README's two commands true on a fresh clone.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const built = path.resolve('dist/web/index.html');
const sources = Math.max(newestMtime(path.resolve('src/web')), newestMtime(path.resolve('src/shared')));
if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < sources) {
  console.log('[techbridge] building the web app…');
  execSync('npx vite build --config vite.config.ts --logLevel warn', { stdio: 'inherit' });
}
await import('../src/main.js');
