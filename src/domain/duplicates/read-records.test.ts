import { describe, expect, it } from 'vitest';
import { readDuplicateRecords } from './read-records.js';

describe('readDuplicateRecords', () => {
  it('reads offers and demands leniently, a demand’s minimum TRL and budget standing for TRL and price', () => {
    const text = [
      '{"externalId": "O-1", "title": "Máy sấy", "keywords": ["sấy", 7], "trl": 8, "priceVnd": "many"}',
      '',
      '{"externalId": 42, "title": "Cần máy sấy", "minTrl": 6, "budgetVnd": 500000000, "seekAbroad": true}',
    ].join('\r\n');
    const { records, problems } = readDuplicateRecords(`\uFEFF${text}`);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.externalId, r.keywords, r.trl, r.priceVnd])).toEqual([
      ['O-1', ['sấy', '7'], 8, null],
      ['42', null, 6, 500000000],
    ]);
  });
  it('names the line of every record it cannot read, and why', () => {
    const lines = [
      '{"externalId": "a", "title": "x"}',
      '{"externalId": "b", "title": ',
      '["a"]',
      '{"title": "y"}',
      '{"externalId": "c"}',
      '{"externalId": "a", "title": "z"}',
    ];
    const text = lines.join('\n');
    const { records, problems } = readDuplicateRecords(text);
    expect(records.map((r) => r.externalId)).toEqual(['a']);
    expect(problems).toEqual([
      expect.stringMatching(/^line 2: not valid JSON \(.+\)$/),
      'line 3: not a JSON object',
      'line 4: externalId is missing',
      'line 5: title is missing (externalId c)',
      'line 6: externalId "a" was already used on line 1',
    ]);
  });
});
