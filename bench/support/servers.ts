import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import http from 'node:http';

export type Server = { origin: string; stop: () => Promise<void> };

function answers(port: number, path: string): Promise<boolean> {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => resolve(res.statusCode === 200)).on('error', () => resolve(false));
  });
}

async function started(child: ChildProcess, port: number, path: string): Promise<Server> {
  for (let i = 0; i < 1500; i++) {
    if (child.exitCode !== null) throw new Error(`server on port ${port} exited with ${child.exitCode}`);
    if (await answers(port, path)) {
      return {
        origin: `http://127.0.0.1:${port}`,
        stop: () =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server on port ${port} did not start`);
}

/** The baseline: a bare Fastify in its own process. */
export function startBareFastify(port: number): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/support/bare-fastify.ts', String(port)], { stdio: 'inherit' });
  return started(child, port, '/');
}

/**
 * TechBridge as `npm start` runs it (scripts/start.ts: the web app is built first when its sources changed), on
 * `databaseUrl` or, without one, on PGlite in `dataDir`; background jobs off so they do not bill
 * their work to the measurement.
 */
export function startTechBridge(port: number, database: { databaseUrl?: string; dataDir?: string }, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...process.env,
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { DATABASE_URL: '' }),
      ...(database.dataDir ? { DATA_DIR: database.dataDir } : {}),
      JOBS: 'false',
      AUTH_SECRET: crypto.randomBytes(32).toString('hex'),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: 'inherit',
  });
  return started(child, port, '/api/health');
}
