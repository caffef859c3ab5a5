import { describe, expect, it } from 'vitest';
import { contactFields, formField, formInput, formValues, titleFields } from './form-fields.js';

const spec = { ...titleFields, ...contactFields, minTrl: formField.level, budgetMinVnd: formField.amount, details: formField.texts(['problem', 'targets']) };

describe('record form values', () => {
  it('starts a blank form in Vietnamese, in Viet Nam, owned by the default organisation, with empty inputs', () => {
    const values = formValues(spec, undefined, 'org-1');
    expect(values).toMatchObject({ ownerOrganisationId: 'org-1', language: 'vi', country: 'VN', province: null, title: '', minTrl: null, budgetMinVnd: '' });
    expect(values.details).toEqual({ problem: '', targets: '' });
  });

  it('sends a new record with its owner, nulls for what was left empty, and no province so the owner’s applies', () => {
    const values = { ...formValues(spec, undefined, 'org-1'), title: '  Khử mùi tanh  ', minTrl: '6', details: { problem: ' Mùi ', targets: '' } };
    const input = formInput(spec, values, true);
    expect(input).toMatchObject({ ownerOrganisationId: 'org-1', title: 'Khử mùi tanh', minTrl: 6, budgetMinVnd: null, contactName: null, validUntil: null });
    expect(input.details).toEqual({ problem: 'Mùi', targets: null });
    expect(input.province).toBeUndefined();
  });

  it('edits a stored record without moving its owner, and clears a province taken away', () => {
    const record = {
      id: 'r1',
      title: 'Máy sấy',
      minTrl: 7,
      budgetMinVnd: 5_000_000,
      provinceCode: '79',
      ownerOrganisationId: 'org-2',
      validUntil: '2026-01-31',
    };
    const values = formValues(spec, record, null);
    expect(values).toMatchObject({ minTrl: '7', budgetMinVnd: 5_000_000, province: '79', validUntil: '2026-01-31' });
    const input = formInput(spec, { ...values, province: null }, false);
    expect(input).not.toHaveProperty('ownerOrganisationId');
    expect(input).toMatchObject({ minTrl: 7, budgetMinVnd: 5_000_000, province: null, validUntil: '2026-01-31' });
  });
});
