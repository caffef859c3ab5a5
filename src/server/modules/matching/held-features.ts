import { LRUCache } from 'lru-cache';
import type { Executor } from '../../../db/client.js';
import type { StoredFeatures } from '../../../domain/matching/features.js';
import type { FeaturesToKeep, MatchTable } from './matching.repository.js';

/**
 * How many bytes of features a process holds per database, the least recently used dropped first:
 * about 40,000 records' worth, more than the distinct candidates a re-match of 1,000 demands meets
 * at 100,000 offers (6,500).
 */
const HELD_BYTES = 64 * 1024 * 1024;

const held = new WeakMap<Executor, LRUCache<string, FeaturesToKeep>>();

function memoryOf(db: Executor): LRUCache<string, FeaturesToKeep> {
  let memory = held.get(db);
  if (!memory) {
    memory = new LRUCache({ maxSize: HELD_BYTES, sizeCalculation: (entry) => entry.features.byteLength + 100 });
    held.set(db, memory);
  }
  return memory;
}

/**
 * The features this process computed or read of a record, when they are of its current row
 * version (`source`) and `basis`. A re-match meets the same candidates demand after demand, and
 * reading their kept features each time (two kilobytes of text per candidate, 200 candidates a
 * demand) cost the database and this process more than ranking them. Each process holds its own;
 * the version check makes them as current as the table's (matchFeaturesOf).
 */
export function heldFeatures(db: Executor, table: MatchTable, recordId: string, source: string, basis: string): StoredFeatures | undefined {
  const entry = memoryOf(db).get(`${table}:${recordId}`);
  return entry && entry.source === source && entry.basis === basis ? entry.features : undefined;
}

export function holdFeatures(db: Executor, table: MatchTable, entries: readonly FeaturesToKeep[]) {
  const memory = memoryOf(db);
  for (const entry of entries) memory.set(`${table}:${entry.recordId}`, entry);
}
