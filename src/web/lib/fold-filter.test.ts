import { describe, expect, it } from 'vitest';
import { foldFilter } from './fold-filter.js';

const options = [
  { value: '40', label: 'Nghệ An' },
  { value: '01', label: 'Thành phố Hà Nội' },
  { value: '08', label: 'Tuyên Quang' },
];
const labels = (search: string, words: Record<string, string[]> = {}) =>
  foldFilter(words)({ options, search, limit: 10 }).map((o) => ('label' in o ? o.label : ''));

describe('foldFilter', () => {
  it('matches with or without diacritics and in any case', () => {
    expect(labels('nghe an')).toEqual(['Nghệ An']);
    expect(labels('NGHỆ')).toEqual(['Nghệ An']);
    expect(labels('ha noi')).toEqual(['Thành phố Hà Nội']);
  });

  it('matches extra words such as a legacy province name', () => {
    expect(labels('ha giang', { '08': ['Hà Giang'] })).toEqual(['Tuyên Quang']);
  });

  it('matches the code and returns everything for an empty search', () => {
    expect(labels('40')).toEqual(['Nghệ An']);
    expect(labels('  ')).toHaveLength(3);
  });

  it('filters inside groups and drops empty ones', () => {
    const grouped = [
      { group: 'Bắc', items: options.slice(1) },
      { group: 'Trung', items: options.slice(0, 1) },
    ];
    const result = foldFilter()({ options: grouped, search: 'tuyen', limit: 10 });
    expect(result).toEqual([{ group: 'Bắc', items: [{ value: '08', label: 'Tuyên Quang' }] }]);
  });
});
