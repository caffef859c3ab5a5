/** A scan made on the check-in phone, kept in the browser until the server has it. */
export type QueuedScan = { code: string; scannedAt: string };

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

const keyOf = (eventId: string) => `tb.events.check-in.${eventId}`;

/** The scans not yet sent for an event (an unreadable store counts as empty). */
export function readQueue(storage: Storage, eventId: string): QueuedScan[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(keyOf(eventId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((s): s is QueuedScan => typeof s?.code === 'string' && typeof s?.scannedAt === 'string') : [];
  } catch {
    return [];
  }
}

export function writeQueue(storage: Storage, eventId: string, queue: QueuedScan[]) {
  storage.setItem(keyOf(eventId), JSON.stringify(queue));
}

/** Adds a scan unless the same badge is already waiting: a badge scanned twice offline is sent (and counted) once. */
export function enqueue(queue: QueuedScan[], scan: QueuedScan): QueuedScan[] {
  return queue.some((s) => s.code === scan.code) ? queue : [...queue, scan];
}

export type SendOutcome = { kind: 'sent' } | { kind: 'rejected'; message: string } | { kind: 'offline' };

/**
 * Sends the queued scans in order. A scan the server took or refused (4xx: unknown badge…) leaves
 * the queue; the first that cannot reach it (no network, server down) stops the round and stays,
 * with everything after it, for the next try.
 */
export async function flushQueue(
  queue: QueuedScan[],
  send: (scan: QueuedScan) => Promise<SendOutcome>,
  onDone: (scan: QueuedScan, outcome: Exclude<SendOutcome, { kind: 'offline' }>) => void,
): Promise<QueuedScan[]> {
  for (let i = 0; i < queue.length; i++) {
    const outcome = await send(queue[i]);
    if (outcome.kind === 'offline') return queue.slice(i);
    onDone(queue[i], outcome);
  }
  return [];
}
