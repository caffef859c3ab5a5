import { duplicateRecordOf, type DuplicateRecord } from './duplicate-record.js';

/** The records of a JSON Lines file, and what is wrong with the lines that are not records (line numbers 1-based). */
export type ReadResult = { records: DuplicateRecord[]; problems: string[] };

/**
 * Reads JSON Lines text of offers or demands for duplicate detection. Blank lines are skipped.
 * A line that is not a JSON object, lacks `externalId` or `title`, or repeats an `externalId` is
 * a problem: pairs are reported by id, so an id must name one record.
 */
export function readDuplicateRecords(text: string): ReadResult {
  const records: DuplicateRecord[] = [];
  const problems: string[] = [];
  const lineOfId = new Map<string, number>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        problems.push(`line ${line}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
        return;
      }
      const record = duplicateRecordOf(value);
      if ('problem' in record) {
        problems.push(`line ${line}: ${record.problem}`);
        return;
      }
      const first = lineOfId.get(record.externalId);
      if (first !== undefined) {
        problems.push(`line ${line}: externalId "${record.externalId}" was already used on line ${first}`);
        return;
      }
      lineOfId.set(record.externalId, line);
      records.push(record);
    });
  return { records, problems };
}
