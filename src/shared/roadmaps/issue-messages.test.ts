import { describe, expect, it } from 'vitest';
import { roadmapIssueText } from './issue-messages.js';

describe('roadmap issue text', () => {
  it('writes a limit in words with the language’s digit grouping', () => {
    expect(roadmapIssueText({ field: 'roadmap.items', code: 'too_many', expected: '≤ 2000' }, 'en')).toBe('Too many entries. At most 2,000.');
    expect(roadmapIssueText({ field: 'roadmap.items', code: 'too_many', expected: '≤ 2000' }, 'vi')).toBe('Quá nhiều phần tử. Tối đa 2.000.');
  });

  it('leaves other expectations (a range of years) as written', () => {
    expect(roadmapIssueText({ field: 'horizon', code: 'out_of_range', expected: '2025–2040' }, 'en')).toBe('Value out of range. Expected: 2025–2040.');
  });
});
