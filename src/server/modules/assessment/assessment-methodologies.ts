import type { Executor } from '../../../db/client.js';
import type { Methodology } from '../../../domain/assessment/methodology-types.js';
import { validateMethodology } from '../../../domain/assessment/validate-methodology.js';
import { findMethodologyRow } from './assessment.repository.js';

// A stored version never changes once published (a change is a new version with a new id), so
// each process may keep the validated document by id; the domain's own caches are keyed by object.
const byId = new Map<string, Methodology>();

/** A stored methodology version, validated by the domain; undefined when there is none. */
export async function loadMethodology(db: Executor, id: string): Promise<Methodology | undefined> {
  const known = byId.get(id);
  if (known) return known;
  const row = await findMethodologyRow(db, id);
  if (!row) return undefined;
  const result = validateMethodology(row.document);
  if (!result.ok) throw new Error(`stored methodology ${id} is invalid: ${result.errors.map((e) => e.path).join(', ')}`);
  if (row.status === 'published') byId.set(id, result.methodology);
  return result.methodology;
}
