import { describe, expect, it } from 'vitest';
import { explain } from './reasons.js';
import { budgetFit, fieldAgreement, foreignSource, sectorAgreement, trlFit } from './signals.js';

describe('ranking signals', () => {
  it('S&T field: same level-2 code beats the same level-1 parent; none is neutral', () => {
    expect(fieldAgreement(['206'], ['211', '206'])).toEqual({ value: 1, reason: { kind: 'same-field', params: { code: '206' } } });
    expect(fieldAgreement(['206'], ['211'])).toEqual({ value: 0.5, reason: { kind: 'same-field-group', params: { code: '2' } } });
    expect(fieldAgreement(['206'], ['401']).value).toBe(0);
    expect(fieldAgreement([], ['401'])).toEqual({ value: 0 });
  });

  it('VSIC section agreement', () => {
    expect(sectorAgreement(['C'], ['C'])).toEqual({ value: 1, reason: { kind: 'same-sector', params: { code: 'C' } } });
    expect(sectorAgreement(['C'], ['A'])).toEqual({ value: 0 });
  });

  it('TRL: at or above the minimum fits, each level short costs a third, unknown is neutral', () => {
    expect(trlFit(7, 6)).toEqual({ value: 1, reason: { kind: 'trl-fit', params: { trl: 7, minTrl: 6 } } });
    expect(trlFit(6, 6).value).toBe(1);
    expect(trlFit(5, 6).value).toBeCloseTo(-1 / 3);
    expect(trlFit(2, 9).value).toBe(-1);
    expect(trlFit(null, 6)).toEqual({ value: 0 });
    expect(trlFit(7, null)).toEqual({ value: 0 });
  });

  it('budget: within budget fits, no price (negotiable) is neutral, excess is penalised', () => {
    expect(budgetFit(500, 1000).reason?.kind).toBe('within-budget');
    expect(budgetFit(1000, 1000).value).toBe(1);
    expect(budgetFit(null, 1000)).toEqual({ value: 0 });
    expect(budgetFit(500, null)).toEqual({ value: 0 });
    expect(budgetFit(1500, 1000).value).toBeCloseTo(-0.5);
    expect(budgetFit(5000, 1000).value).toBe(-1);
  });

  it('foreign source: always explained, counted only when the demand seeks abroad', () => {
    expect(foreignSource('kr', true)).toEqual({ value: 1, reason: { kind: 'foreign-source', params: { country: 'KR' } } });
    expect(foreignSource('KR', false).value).toBe(0);
    expect(foreignSource('VN', true)).toEqual({ value: 0 });
    expect(foreignSource(null, true)).toEqual({ value: 0 });
  });

  it('explains reasons in Vietnamese and English', () => {
    expect(explain({ kind: 'same-field', params: { code: '206' } }).text).toEqual({ vi: 'Cùng lĩnh vực KH&CN 206', en: 'Same S&T field 206' });
    expect(explain({ kind: 'same-sector', params: { code: 'C' } }).text.vi).toBe('Cùng ngành VSIC C');
    expect(explain({ kind: 'phrases', params: { phrases: ['nước mắm', 'lên men'] } }).text.vi).toBe('Khớp cụm từ: nước mắm, lên men');
    expect(explain({ kind: 'trl-fit', params: { trl: 7, minTrl: 6 } }).text).toEqual({ vi: 'TRL 7 ≥ yêu cầu 6', en: 'TRL 7 ≥ required 6' });
    expect(explain({ kind: 'within-budget', params: { priceVnd: 1, budgetVnd: 2 } }).text.vi).toBe('Giá trong ngân sách');
    expect(explain({ kind: 'foreign-source', params: { country: 'KR' } }).text.vi).toBe('Nguồn nước ngoài: KR');
  });
});
