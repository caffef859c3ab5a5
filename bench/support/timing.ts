import { readFileSync } from 'node:fs';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** p50 and p95 of `runs` calls of `fn`, after three warm-up calls (plans cached, pages in memory). */
export async function timeRuns(label: string, runs: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { label, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/**
 * Starts counting CPU time; the answer says, when called, this process's CPU seconds since then
 * and the rest of the machine's (the database server, when it runs beside the benchmark), or only
 * the former where Linux's /proc/stat is missing.
 */
export function cpuSplit(): () => string {
  const busyBefore = machineBusySeconds();
  const ownBefore = process.cpuUsage();
  return () => {
    const own = process.cpuUsage(ownBefore);
    const ownSeconds = (own.user + own.system) / 1e6;
    const busyAfter = machineBusySeconds();
    const rest = busyBefore === null || busyAfter === null ? '' : `, the rest of the machine ${(busyAfter - busyBefore - ownSeconds).toFixed(1)} s`;
    return `Node CPU ${ownSeconds.toFixed(1)} s${rest}`;
  };
}

/** CPU seconds the whole machine has spent busy so far, in Linux's 100 ticks a second; null elsewhere. */
function machineBusySeconds(): number | null {
  try {
    const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return (user + nice + system + irq + softirq) / 100;
  } catch {
    return null;
  }
}
