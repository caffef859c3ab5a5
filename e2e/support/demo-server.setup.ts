import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { spawnServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The address of the server with the demo data set that the journeys share (see demoServer). */
    demoServerUrl: string;
    /** A file the setup writes the server's output to if it exits early, so journeys stop waiting for it. */
    demoServerFailureFile: string;
  }
}

/**
 * One server with the demo data set for every journey that starts from it: loading the demo data
 * is the slowest part of a start, so it runs once, in the background, while the first files run.
 */
export default async function setup(project: TestProject) {
  // Every journey signs in from 127.0.0.1 at once; the per-address limit is for the public.
  const server = await spawnServer({ SIGN_IN_LIMIT_PER_MINUTE: '1000' });
  const failureFile = path.join(os.tmpdir(), `techbridge-demo-server-${process.pid}.failure`);
  fs.rmSync(failureFile, { force: true });
  let stopping = false;
  void server.exited.then(() => {
    const failed = server.failure();
    if (!stopping && failed) fs.writeFileSync(failureFile, failed);
  });
  project.provide('demoServerUrl', server.baseUrl);
  project.provide('demoServerFailureFile', failureFile);
  return async () => {
    stopping = true;
    await server.stop();
    fs.rmSync(failureFile, { force: true });
  };
}
