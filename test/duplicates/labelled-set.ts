import fs from 'node:fs';
import type { DuplicateRecord } from '../../src/domain/duplicates/duplicate-record.js';
import { pairKey } from '../../src/domain/duplicates/evaluate.js';
import { readDuplicateRecords } from '../../src/domain/duplicates/read-records.js';

/** A labelled duplicate set of test/fixtures/duplicates: its records and every duplicate pair. */
export type LabelledSet = { name: string; records: DuplicateRecord[]; duplicates: Set<string>; kinds: Map<string, string> };

const fixtures = new URL('../fixtures/duplicates/', import.meta.url);

/** `set` (the method was tuned on it) or `holdout` (other seed, other edits, other hand-written records). */
export function loadLabelledSet(name: 'set' | 'holdout'): LabelledSet {
  const { records, problems } = readDuplicateRecords(fs.readFileSync(new URL(`${name}.records.jsonl`, fixtures), 'utf8'));
  if (problems.length > 0) throw new Error(`${name}.records.jsonl: ${problems.join('; ')}`);
  const rows = fs
    .readFileSync(new URL(`${name}.pairs.tsv`, fixtures), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split('\t'));
  const duplicates = new Set(rows.filter(([, , label]) => label === '1').map(([a, b]) => pairKey(a, b)));
  return { name, records, duplicates, kinds: new Map(rows.map(([a, b, , kind]) => [pairKey(a, b), kind])) };
}
