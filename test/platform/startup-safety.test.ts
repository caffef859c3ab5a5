import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, unsafeSettings } from '../../src/server/config.js';

const SAFE = { AUTH_SECRET: 'k3Jd9s0Lq2Vx8Rt5Ny7Bw1Mz4Pc6Hf0Ga2Ue9Io', BASE_URL: 'https://techbridge.example.vn' };

/** Starts the real server entry point and collects its output until it exits or prints `until`. */
function startServer(env: Record<string, string>, until?: RegExp): Promise<{ code: number | null; output: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'techbridge-start-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: '0', JOBS: 'false', DEMO_DATA: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (until?.test(output)) child.kill('SIGKILL');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      resolve({ code, output });
    });
  });
}

describe('start-up safety', () => {
  it('refuses to start in production with the default AUTH_SECRET and without BASE_URL, and says why', async () => {
    const { code, output } = await startServer({ NODE_ENV: 'production' });
    expect(code).toBe(1);
    expect(output).toContain('refusing to start in production');
    expect(output).toMatch(/AUTH_SECRET is not set: sessions are signed with the public development secret/);
    expect(output).toMatch(/BASE_URL is not set/);
  }, 60_000);

  it('refuses a production start when only one of the two is missing', async () => {
    const { code, output } = await startServer({ NODE_ENV: 'production', AUTH_SECRET: SAFE.AUTH_SECRET });
    expect(code).toBe(1);
    expect(output).toMatch(/BASE_URL is not set/);
    expect(output).not.toMatch(/AUTH_SECRET/);
  }, 60_000);

  it('only warns outside production', async () => {
    const { output } = await startServer({ NODE_ENV: 'development' }, /warning: BASE_URL/);
    expect(output).toMatch(/warning: AUTH_SECRET is not set/);
    expect(output).not.toContain('refusing');
  }, 60_000);

  it('accepts a long secret and a public address, and asks for a longer secret than a short one', () => {
    expect(unsafeSettings(SAFE)).toEqual([]);
    expect(unsafeSettings({ ...SAFE, AUTH_SECRET: 'short-secret' })).toEqual([expect.stringContaining('shorter than 32 characters')]);
  });

  it('reads TRUSTED_PROXIES as a list of addresses and ranges, none by default, and rejects a bad entry', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.5, 192.168.0.0/16,::1' }).trustedProxies).toEqual(['10.0.0.5', '192.168.0.0/16', '::1']);
    expect(() => loadConfig({ TRUSTED_PROXIES: 'proxy.local' })).toThrow(/TRUSTED_PROXIES: "proxy.local"/);
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/TRUSTED_PROXIES/);
  });

  it('refuses a numeric setting that is not a number in range, naming it, and takes the default when it is unset or empty', () => {
    expect(() => loadConfig({ SIGN_IN_LIMIT_PER_MINUTE: 'many' })).toThrow('SIGN_IN_LIMIT_PER_MINUTE: "many" is not a whole number from 1 to 100000');
    expect(() => loadConfig({ STALL_AFTER_DAYS: '0' })).toThrow(/STALL_AFTER_DAYS: "0"/);
    expect(() => loadConfig({ PORT: '3000.5' })).toThrow(/PORT: "3000.5"/);
    expect(() => loadConfig({ HEADERS_TIMEOUT_SECONDS: 'Infinity' })).toThrow(/HEADERS_TIMEOUT_SECONDS/);
    expect(() => loadConfig({ PUBLIC_CACHE_SECONDS: '-1' })).toThrow(/PUBLIC_CACHE_SECONDS: "-1"/);
    expect(() => loadConfig({ REQUEST_LOG: 'verbose' })).toThrow('REQUEST_LOG: "verbose" is not one of all, errors, off');
    const defaults = loadConfig({ SIGN_IN_LIMIT_PER_MINUTE: '', PUBLIC_CACHE_SECONDS: ' ' });
    expect(defaults).toMatchObject({ port: 3000, signInLimitPerMinute: 10, stallAfterDays: 30, publicCacheSeconds: null, requestLog: 'errors' });
    expect(loadConfig({ HEADERS_TIMEOUT_SECONDS: '2.5', PUBLIC_CACHE_SECONDS: '0', REQUEST_LOG: 'off' })).toMatchObject({
      headersTimeoutSeconds: 2.5,
      publicCacheSeconds: 0,
      requestLog: 'off',
    });
  });
});
