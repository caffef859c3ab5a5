import autocannon from 'autocannon';

export type LoadResult = { requests: number; perSecond: number; p50: number; p95: number; p99: number; errors: number; timeouts: number; non2xx: number };

const percentile = (sorted: Float64Array, p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/**
 * Closed-loop load with autocannon: `connections` clients each send their next request when the
 * last one is answered, cycling through `paths` (each client from its own place in the list, so
 * that they do not ask for the same thing at the same moment), for `seconds`. Percentiles come
 * from every response's own time (autocannon's summary has no p95).
 */
export async function runLoad(
  origin: string,
  paths: string[],
  options: { connections: number; seconds: number; timeoutSeconds?: number },
): Promise<LoadResult> {
  const times: number[] = [];
  const requests = paths.map((path) => ({ method: 'GET' as const, path }));
  let clients = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections: options.connections,
        duration: options.seconds,
        timeout: options.timeoutSeconds ?? 10,
        requests,
        setupClient: (client) => {
          const start = Math.floor((clients++ * requests.length) / options.connections);
          client.setRequests([...requests.slice(start), ...requests.slice(0, start)]);
        },
      },
      (error, done) => (error ? reject(error as Error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const sorted = Float64Array.from(times).sort();
  return {
    requests: result.requests.total,
    perSecond: result.requests.total / options.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

export const formatLoad = (r: LoadResult) =>
  `${r.perSecond.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  (${r.requests} requests, ${r.errors} errors, ${r.timeouts} time-outs, ${r.non2xx} not 2xx)`;
