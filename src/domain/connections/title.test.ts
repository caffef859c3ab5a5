import { describe, expect, it } from 'vitest';
import { connectionTitle } from './title.js';

describe('connectionTitle', () => {
  it('names the demand and the offer it links', () => {
    expect(connectionTitle({ demandTitle: 'Ủ chượp nhanh', offerTitle: 'Enzyme lên men', seekerName: 'Công ty A', supplierName: 'Viện B' })).toBe(
      'Ủ chượp nhanh ↔ Enzyme lên men',
    );
  });

  it('names the organisation on a side without a record', () => {
    expect(connectionTitle({ demandTitle: null, offerTitle: 'Enzyme lên men', seekerName: 'Công ty A', supplierName: 'Viện B' })).toBe(
      'Công ty A ↔ Enzyme lên men',
    );
    expect(connectionTitle({ demandTitle: null, offerTitle: null, seekerName: 'Công ty A', supplierName: 'Viện B' })).toBe('Công ty A ↔ Viện B');
  });

  it('is empty only when nothing is known', () => {
    expect(connectionTitle({ demandTitle: null, offerTitle: null, seekerName: null, supplierName: null })).toBe('');
  });
});
