import { fieldMessageKeys } from '../errors/field-messages.js';
import type { RejectedRow } from '../../domain/interchange/interchange-records.js';

export type ParsedLine = { line: number; value: unknown };

/**
 * Splits JSON Lines text into objects with their 1-based line numbers. Blank lines are skipped;
 * a line that is not a JSON object becomes a rejected row instead of failing the whole file.
 */
export function parseJsonLines(text: string): { lines: ParsedLine[]; rejected: RejectedRow[] } {
  const lines: ParsedLine[] = [];
  const rejected: RejectedRow[] = [];
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  rows.forEach((raw, index) => {
    if (raw.trim() === '') return;
    try {
      const value: unknown = JSON.parse(raw);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
      lines.push({ line: index + 1, value });
    } catch {
      rejected.push({ line: index + 1, externalId: null, issues: [{ field: 'row', code: 'invalid_json', message: fieldMessageKeys.invalid_json }] });
    }
  });
  return { lines, rejected };
}
