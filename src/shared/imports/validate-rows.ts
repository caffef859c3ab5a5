import type { InterchangeRecord, InterchangeReference, InterchangeType, RejectedRow } from '../../domain/interchange/interchange-records.js';
import type { ParsedLine } from './parse-jsonl.js';
import { issueOf, validateDemand, validateOffer, type Validated } from './validate-record.js';

export type AcceptedRow<T extends InterchangeType> = { line: number; record: InterchangeRecord<T> };

const externalIdOf = (value: unknown): string | null => {
  const id = (value as { externalId?: unknown }).externalId;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
};

/**
 * Validates every row of a file. A repeated externalId is refused on its later rows:
 * within one file the first occurrence wins, so re-running the file gives the same result.
 */
export function validateRows<T extends InterchangeType>(type: T, lines: ParsedLine[], reference: InterchangeReference) {
  const validate = (type === 'offers' ? validateOffer : validateDemand) as (input: unknown, ref: InterchangeReference) => Validated<InterchangeRecord<T>>;
  const accepted: AcceptedRow<T>[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Set<string>();
  for (const { line, value } of lines) {
    const result = validate(value, reference);
    if (!result.ok) {
      rejected.push({ line, externalId: externalIdOf(value), issues: result.issues });
    } else if (seen.has(result.record.externalId)) {
      rejected.push({ line, externalId: result.record.externalId, issues: [issueOf('externalId', 'duplicate_external_id')] });
    } else {
      seen.add(result.record.externalId);
      accepted.push({ line, record: result.record });
    }
  }
  return { accepted, rejected };
}
