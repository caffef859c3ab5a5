import type { Tx } from '../db/client.js';
import { circular04, circular17 } from '../domain/assessment/methodologies/index.js';
import { insertSeedRows } from './seed.repository.js';

/** The shipped methodology versions (Circular 17/2019, provisional rules; Circular 04/2014's T-H-I-O) as stored data. */
export async function loadAssessmentMethodologies(tx: Tx) {
  await insertSeedRows(
    tx,
    'assessmentMethodologies',
    [circular17, circular04].map((m) => ({ id: m.id, code: m.code, version: m.version, status: m.status, document: m })),
    { skipExisting: true },
  );
}
