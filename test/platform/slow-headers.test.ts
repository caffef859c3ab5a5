import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app.js';

let ctx: TestContext | undefined;
afterAll(async () => ctx?.close());

describe('a client that trickles its headers (slowloris)', () => {
  it('is answered 408 and cut off once the headers time-out has passed, though it keeps sending', async () => {
    ctx = await createTestApp({ headersTimeoutSeconds: 0.5 });
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = ctx.app.server.address() as net.AddressInfo;

    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('error', () => {});
    const started = Date.now();
    // One header line every 100 ms: the socket is never idle, so only the headers time-out can end it.
    socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n');
    const trickle = setInterval(() => socket.writable && socket.write(`X-Slow-${Date.now()}: a\r\n`), 100);
    const closedAfter = await new Promise<number>((resolve) => {
      socket.on('close', () => resolve(Date.now() - started));
      setTimeout(() => resolve(Number.POSITIVE_INFINITY), 4_000);
    });
    clearInterval(trickle);
    socket.destroy();

    expect(closedAfter).toBeGreaterThanOrEqual(500);
    expect(closedAfter).toBeLessThan(4_000);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });
});
