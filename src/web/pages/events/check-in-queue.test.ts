import { describe, expect, it } from 'vitest';
import { enqueue, flushQueue, readQueue, writeQueue, type QueuedScan, type SendOutcome } from './check-in-queue.js';

const memory = () => {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
};

describe('check-in queue', () => {
  it('keeps scans per event across reloads, a badge once, and survives a corrupt store', () => {
    const storage = memory();
    let queue = enqueue([], { code: 'AAAAAAAAAA', scannedAt: '2026-12-10T01:00:00Z' });
    queue = enqueue(queue, { code: 'AAAAAAAAAA', scannedAt: '2026-12-10T01:05:00Z' });
    queue = enqueue(queue, { code: 'BBBBBBBBBB', scannedAt: '2026-12-10T01:06:00Z' });
    writeQueue(storage, 'e1', queue);
    expect(readQueue(storage, 'e1')).toEqual([
      { code: 'AAAAAAAAAA', scannedAt: '2026-12-10T01:00:00Z' },
      { code: 'BBBBBBBBBB', scannedAt: '2026-12-10T01:06:00Z' },
    ]);
    expect(readQueue(storage, 'e2')).toEqual([]);
    storage.setItem('tb.events.check-in.e3', '{not json');
    expect(readQueue(storage, 'e3')).toEqual([]);
  });

  it('sends in order, drops what the server took or refused, and keeps the rest when the network drops', async () => {
    const queue: QueuedScan[] = ['A', 'B', 'C', 'D'].map((c) => ({ code: c.repeat(10), scannedAt: '2026-12-10T01:00:00Z' }));
    const answers: SendOutcome[] = [{ kind: 'sent' }, { kind: 'rejected', message: 'unknown' }, { kind: 'offline' }];
    const done: string[] = [];
    const left = await flushQueue(
      queue,
      async () => answers.shift() ?? { kind: 'sent' },
      (scan, outcome) => done.push(`${scan.code[0]}:${outcome.kind}`),
    );
    expect(done).toEqual(['A:sent', 'B:rejected']);
    expect(left.map((s) => s.code[0])).toEqual(['C', 'D']);
    expect(
      await flushQueue(
        left,
        async () => ({ kind: 'sent' }),
        () => {},
      ),
    ).toEqual([]);
  });
});
