import type { TestProject } from 'vitest/node';
import { spawnServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The address of the server with the demo data set that the journeys share (see demoServer). */
    demoServerUrl: string;
  }
}

/**
 * One server with the demo data set for every journey that starts from it: loading the demo data
 * is the slowest part of a start, so it runs once, in the background, while the first files run.
 */
export default function setup(project: TestProject) {
  // Every journey signs in from 127.0.0.1 at once; the per-address limit is for the public.
  const server = spawnServer({ SIGN_IN_LIMIT_PER_MINUTE: '1000' });
  project.provide('demoServerUrl', server.baseUrl);
  return () => server.stop();
}
