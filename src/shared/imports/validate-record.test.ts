import { describe, expect, it } from 'vitest';
import type { InterchangeReference } from '../../domain/interchange/interchange-records.js';
import { validateDemand, validateOffer } from './validate-record.js';

const reference: InterchangeReference = {
  sectorCodes: new Set(['A', 'C', 'M']),
  fieldCodes: new Set(['2', '211', '401']),
  countryCodes: new Set(['VN', 'JP']),
  resolveProvince: (input) =>
    input.toLowerCase().includes('ha noi') || input === 'Hà Nội'
      ? { current: '01', legacy: null }
      : input === 'Hà Tây'
        ? { current: '01', legacy: '28' }
        : null,
};

describe('validateOffer', () => {
  it('normalises a full line: NFC text, sorted unique codes, resolved province, defaults', () => {
    const result = validateOffer(
      {
        externalId: 123,
        title: '  Lo\u0300 sấy  ',
        keywords: ['sấy', 'sấy', ' '],
        sectorCode: 'c',
        fieldCodes: ['401', 211, '211'],
        trl: 7,
        transferForms: ['license', 'know-how', 'license'],
        ownerType: 'institute',
        province: 'Hà Tây',
        priceVnd: null,
        unknownKey: 'ignored',
      },
      reference,
    );
    expect(result).toEqual({
      ok: true,
      record: {
        externalId: '123',
        language: 'vi',
        title: 'Lò sấy',
        summary: null,
        description: null,
        keywords: ['sấy'],
        sectorCode: 'C',
        fieldCodes: ['211', '401'],
        trl: 7,
        transferForms: ['know-how', 'license'],
        ownerType: 'institute',
        ownerName: null,
        country: 'VN',
        province: { current: '01', legacy: '28' },
        priceVnd: null,
      },
    });
  });

  it('needs only externalId and title', () => {
    expect(validateOffer({ externalId: 'O-1', title: 'T' }, reference).ok).toBe(true);
    const missing = validateOffer({ summary: 'x' }, reference);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.issues.map((i) => i.field).sort()).toEqual(['externalId', 'title']);
    const noId = validateOffer({ externalId: null, title: 'T' }, reference);
    expect(noId.ok ? [] : noId.issues).toEqual([{ field: 'externalId', code: 'blank', message: { vi: 'Không được để trống.', en: 'Must not be blank.' } }]);
  });

  it('names every bad field of a row at once, with a message in Vietnamese and English', () => {
    const result = validateOffer(
      { externalId: 'O-2', title: 'T', trl: 12, transferForms: ['rent'], sectorCode: 'Z', province: 'Atlantis', country: 'XX' },
      reference,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field)).toEqual(['trl', 'transferForms', 'sectorCode', 'province', 'country']);
    expect(result.issues[0].message).toEqual({ vi: 'Phải nhỏ hơn hoặc bằng 9.', en: 'Must be at most 9.' });
    const codes = validateOffer({ externalId: 'O-3', title: 'T', sectorCode: 'Z', province: 'Atlantis', country: 'XX' }, reference);
    expect(codes.ok ? [] : codes.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'sectorCode:unknown_code',
      'province:unknown_province',
      'country:unknown_country',
    ]);
  });
});

describe('validateDemand', () => {
  it('defaults seekAbroad to false and accepts a province without diacritics', () => {
    const result = validateDemand({ externalId: 'D-1', title: 'Nhu cầu', province: 'ha noi', minTrl: 5 }, reference);
    expect(result).toMatchObject({ ok: true, record: { seekAbroad: false, province: { current: '01', legacy: null }, minTrl: 5 } });
  });

  it('refuses a budget that is not a number', () => {
    const result = validateDemand({ externalId: 'D-2', title: 'x', budgetVnd: 'nhiều' }, reference);
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual(['budgetVnd']);
  });
});
