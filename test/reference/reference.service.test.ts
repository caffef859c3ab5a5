import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldError } from '../../src/server/errors.js';
import { assertReferenceCodes, resolveProvinceInput } from '../../src/server/modules/reference/reference.service.js';
import { createTestApp, type TestContext } from '../support/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('resolveProvinceInput', () => {
  it('resolves names and codes, current and legacy, and ignores blanks', async () => {
    const db = ctx.database.db;
    expect(await resolveProvinceInput(db, 'Nghe An')).toEqual({ current: '40', legacy: null });
    expect(await resolveProvinceInput(db, 'Bà Rịa - Vũng Tàu')).toEqual({ current: '79', legacy: '77' });
    expect(await resolveProvinceInput(db, '4')).toEqual({ current: '04', legacy: null });
    expect(await resolveProvinceInput(db, '99')).toBeNull();
    expect(await resolveProvinceInput(db, '  ')).toBeNull();
    expect(await resolveProvinceInput(db, null)).toBeNull();
  });
});

describe('assertReferenceCodes', () => {
  it('accepts active codes and names the field for any unknown one', async () => {
    const db = ctx.database.db;
    await expect(assertReferenceCodes(db, 'vsic-section', ['A', 'C', 'A'], 'vsicSections')).resolves.toBeUndefined();
    await expect(assertReferenceCodes(db, 'vsic-section', [], 'vsicSections')).resolves.toBeUndefined();
    const error = await assertReferenceCodes(db, 'vsic-section', ['A', 'ZZ'], 'vsicSections').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldError);
    expect((error as FieldError).problems).toEqual([{ path: 'vsicSections', key: 'unknown_code' }]);
  });
});
