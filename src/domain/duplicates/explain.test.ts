import { describe, expect, it } from 'vitest';
import { explainPair } from './explain.js';
import type { PairEvidence } from './pair-evidence.js';

describe('explainPair', () => {
  it('lists what agrees, what differs, and the words each record names alone as written, rarest first', () => {
    const keys = ['~mắm', '~tương', 'nuoc tuong', '~giới'];
    const weights = Float64Array.from([5, 4, 6, 1]);
    const evidence: PairEvidence = {
      title: 0.9,
      text: 0.95,
      onlyInA: { subject: [0], titleOnly: [], subjectWeight: 5, titleOnlyWeight: 0 },
      onlyInB: { subject: [1, 2], titleOnly: [3], subjectWeight: 10, titleOnlyWeight: 1 },
      numbers: null,
      owner: 1,
      fields: { sector: true, fields: null, country: true, province: false, trl: null, price: null },
    };
    expect(explainPair(evidence, keys, weights)).toEqual({
      agree: ['title', 'text', 'owner', 'sector', 'country'],
      differ: ['province'],
      onlyInA: ['mắm'],
      onlyInB: ['nuoc tuong', 'tương', 'giới'],
    });
  });
});
