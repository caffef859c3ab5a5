import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';
import importsEn from '../../imports/i18n/en.json';
import importsVi from '../../imports/i18n/vi.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('catalogue and import strings', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
    expect(keys(importsEn).sort()).toEqual(keys(importsVi).sort());
  });
});
