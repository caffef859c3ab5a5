import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type RunningServer = { baseUrl: string; stop: () => Promise<void> };
type SpawnedServer = RunningServer & {
  failure: () => string | null;
  /** Settles when the process has exited, whether it was stopped or died. */
  exited: Promise<unknown>;
};

/**
 * A port nobody listens on, as the system hands it out. A port picked at random from a range once
 * landed on the Erlang port mapper (4369) that the machine's RabbitMQ keeps open, and every journey
 * then waited for a server that had exited.
 */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Spawns the built platform as `npm start` would, on a free port and a fresh PGlite folder, without waiting for it. */
export async function spawnServer(env: Record<string, string> = {}): Promise<SpawnedServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'techbridge-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      BASE_URL: baseUrl,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      PUBLIC_CACHE_SECONDS: '0',
      // The journeys write short made-up listings; the quality threshold has its own tests (test/listing-quality).
      PUBLISH_MIN_QUALITY: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    baseUrl,
    exited,
    failure: () => (child.exitCode === null ? null : `server exited early:\n${output}`),
    stop: async () => {
      // A graceful stop waits for a running job and open requests; it must not hold the run up.
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(kill);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the server answers /api/health (it migrates and loads its data first). */
export async function waitUntilHealthy(baseUrl: string, failure: () => string | null = () => null): Promise<void> {
  const deadline = Date.now() + 150_000;
  for (let healthy = false; !healthy;) {
    const failed = failure();
    if (failed) throw new Error(failed);
    if (Date.now() > deadline) throw new Error(`${baseUrl} did not answer /api/health in time`);
    healthy = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (!healthy) await new Promise((r) => setTimeout(r, 300));
  }
}
