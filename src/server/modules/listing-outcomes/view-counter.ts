import type { Executor } from '../../../db/client.js';
import { addViewCounts, type ListingType, type ViewCount } from './listing-outcomes.repository.js';

/** How long views wait in a process before their one upsert. */
const FLUSH_AFTER_MS = 5_000;

type Buffer = { counts: Map<string, ViewCount>; timer: NodeJS.Timeout | null };
const buffers = new WeakMap<Executor, Buffer>();

/** The date in Viet Nam, yyyy-mm-dd. */
const vietnamDay = (moment: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(moment);

function bufferOf(db: Executor): Buffer {
  let buffer = buffers.get(db);
  if (!buffer) {
    buffer = { counts: new Map(), timer: null };
    buffers.set(db, buffer);
  }
  return buffer;
}

/**
 * Counts one view of a listing's page in this process's memory: a page view writes nothing; the
 * counts reach `listing_view_days` in one upsert a few seconds later (or when the server stops).
 * Views lost with a crashed process are a few seconds' worth, which a view counter can afford.
 */
export function noteListingView(db: Executor, recordType: ListingType, recordId: string, now = new Date()): void {
  const buffer = bufferOf(db);
  const day = vietnamDay(now);
  const key = `${recordId}|${day}`;
  const entry = buffer.counts.get(key) ?? { recordType, recordId, day, views: 0 };
  entry.views += 1;
  buffer.counts.set(key, entry);
  if (!buffer.timer) {
    buffer.timer = setTimeout(() => void flushListingViews(db).catch(() => undefined), FLUSH_AFTER_MS);
    buffer.timer.unref();
  }
}

/** Writes this process's buffered views; a failed write keeps them for the next flush. */
export async function flushListingViews(db: Executor): Promise<void> {
  const buffer = buffers.get(db);
  if (!buffer) return;
  if (buffer.timer) clearTimeout(buffer.timer);
  buffer.timer = null;
  const counts = [...buffer.counts.values()];
  buffer.counts.clear();
  try {
    await addViewCounts(db, counts);
  } catch (error) {
    for (const count of counts) {
      const key = `${count.recordId}|${count.day}`;
      const kept = buffer.counts.get(key);
      buffer.counts.set(key, kept ? { ...kept, views: kept.views + count.views } : count);
    }
    throw error;
  }
}
