import { describe, expect, it } from 'vitest';
import duplicatesEn from '../../duplicates/i18n/en.json';
import duplicatesVi from '../../duplicates/i18n/vi.json';
import qualityEn from '../../listing-quality/i18n/en.json';
import qualityVi from '../../listing-quality/i18n/vi.json';
import savedEn from '../../saved-searches/i18n/en.json';
import savedVi from '../../saved-searches/i18n/vi.json';
import en from './en.json';
import vi from './vi.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('open data, duplicates, listing quality and saved searches strings', () => {
  it.each([
    ['open data', vi, en],
    ['duplicates', duplicatesVi, duplicatesEn],
    ['listing quality', qualityVi, qualityEn],
    ['saved searches', savedVi, savedEn],
  ])('%s have the same keys in Vietnamese and English, none empty', (_name, viBundle, enBundle) => {
    expect(keys(enBundle).sort()).toEqual(keys(viBundle).sort());
    const empty = (bundle: unknown) => keys(bundle).filter((key) => !key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], bundle));
    expect(empty(viBundle)).toEqual([]);
    expect(empty(enBundle)).toEqual([]);
  });
});
