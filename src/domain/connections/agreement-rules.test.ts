import { describe, expect, it } from 'vitest';
import { AGREEMENT_VALUE_MAX_VND, checkAgreement, stageOfAgreement } from './agreement-rules.js';

const today = '2026-11-23';
const base = { kind: 'mou' as const, valueVnd: 5_000_000_000, signedOn: '2026-11-01', transferRight: null };

describe('agreement rules', () => {
  it('accepts a plausible MoU', () => {
    expect(checkAgreement(base, today)).toEqual([]);
  });

  it('refuses negative, fractional and absurd values', () => {
    for (const valueVnd of [-1, 1.5, AGREEMENT_VALUE_MAX_VND + 1]) {
      expect(checkAgreement({ ...base, valueVnd }, today)).toEqual([{ path: 'valueVnd', key: 'value_out_of_range' }]);
    }
  });

  it('refuses a signing date in the future or before 2000', () => {
    expect(checkAgreement({ ...base, signedOn: '2027-01-01' }, today)[0].path).toBe('signedOn');
    expect(checkAgreement({ ...base, signedOn: '1999-12-31' }, today)[0].path).toBe('signedOn');
  });

  it('needs the right transferred on a technology-transfer contract', () => {
    expect(checkAgreement({ ...base, kind: 'transfer-contract' }, today)).toEqual([{ path: 'transferRight', key: 'transfer_right_required' }]);
    expect(checkAgreement({ ...base, kind: 'transfer-contract', transferRight: 'right-to-use' }, today)).toEqual([]);
  });

  it('maps agreement kinds onto connection stages', () => {
    expect(stageOfAgreement('mou')).toBe('mou');
    expect(stageOfAgreement('consulting-contract')).toBe('contract');
    expect(stageOfAgreement('other')).toBeNull();
  });
});
