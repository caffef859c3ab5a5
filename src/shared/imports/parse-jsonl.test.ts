import { describe, expect, it } from 'vitest';
import { parseJsonLines } from './parse-jsonl.js';
import { validateRows } from './validate-rows.js';

const reference = { sectorCodes: new Set<string>(), fieldCodes: new Set<string>(), countryCodes: new Set(['VN']), resolveProvince: () => null };

describe('JSON Lines', () => {
  it('keeps 1-based line numbers, skips blank lines and rejects lines that are not objects', () => {
    const { lines, rejected } = parseJsonLines('\uFEFF{"externalId":"a","title":"A"}\r\n\n[1]\n{broken\n{"externalId":"b","title":"B"}');
    expect(lines.map((l) => l.line)).toEqual([1, 5]);
    expect(rejected.map((r) => [r.line, r.issues[0].code])).toEqual([
      [3, 'invalid_json'],
      [4, 'invalid_json'],
    ]);
  });

  it('refuses a repeated externalId on its later rows', () => {
    const { lines } = parseJsonLines('{"externalId":"a","title":"A"}\n{"externalId":"a","title":"A2"}\n{"title":"no id"}');
    const { accepted, rejected } = validateRows('offers', lines, reference);
    expect(accepted.map((a) => a.line)).toEqual([1]);
    expect(rejected.map((r) => [r.line, r.externalId, r.issues[0].field])).toEqual([
      [2, 'a', 'externalId'],
      [3, null, 'externalId'],
    ]);
  });
});
