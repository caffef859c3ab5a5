import { execFileSync } from 'node:child_process';

export type Engine = 'pglite' | 'postgres';

/** The engines a benchmark measures: BENCH_ENGINES (default both), PostgreSQL only with a server URL. */
export function benchEngines(postgresUrl: string | undefined): Engine[] {
  const asked = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
  return (['pglite', 'postgres'] as const).filter((engine) => asked.includes(engine) && (engine === 'pglite' || !!postgresUrl));
}

/**
 * With several engines, runs this benchmark again in a fresh process per engine and answers true.
 * An engine measured second in the same process inherits the first's heap (100,000 offers
 * through PGlite), and its figures with it.
 */
export function ranInOwnProcesses(engines: Engine[]): boolean {
  if (engines.length < 2) return false;
  for (const engine of engines) {
    execFileSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, BENCH_ENGINES: engine } });
  }
  return true;
}
