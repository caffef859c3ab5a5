import { describe, expect, it } from 'vitest';
import law from '../../seed/data/technology-transfer-law.json' with { type: 'json' };
import { dealTypeTerms, dealTypes, lawTermsOf } from './transfer-deal-types.js';

describe('deal types onto the Law on Technology Transfer', () => {
  it('uses only codes the Law reference data defines', () => {
    const codes = (list: Array<{ code: string }>) => new Set(list.map((x) => x.code));
    for (const type of dealTypes) {
      const terms = dealTypeTerms[type];
      expect(terms.rights.every((c) => codes(law.rightsTransferred).has(c))).toBe(true);
      expect(terms.forms.every((c) => codes(law.forms).has(c))).toBe(true);
      expect(terms.modes.every((c) => codes(law.modes).has(c))).toBe(true);
    }
  });

  it('unites the terms of several deal types without repeats', () => {
    expect(lawTermsOf(['license', 'assignment'])).toEqual({ rights: ['ownership', 'right-to-use'], forms: ['independent'], modes: ['documents'] });
    expect(lawTermsOf([])).toEqual({ rights: [], forms: [], modes: [] });
  });
});
