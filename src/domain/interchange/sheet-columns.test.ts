import { describe, expect, it } from 'vitest';
import { cellToValue, columnForHeader, columnOfField, valueToCell } from './sheet-columns.js';

describe('sheet columns', () => {
  it('finds a column by its Vietnamese header, with or without diacritics, or by field name', () => {
    expect(columnForHeader('offers', 'Tên công nghệ (title)')?.key).toBe('title');
    expect(columnForHeader('offers', 'ten cong nghe (title)')?.key).toBe('title');
    expect(columnForHeader('demands', 'seekAbroad')?.key).toBe('seekAbroad');
    expect(columnForHeader('demands', 'Ghi chú')).toBeUndefined();
  });

  it('reads cells as the JSON values of the interchange format', () => {
    expect(cellToValue('list', 'a; b;\nc')).toEqual(['a', 'b', 'c']);
    expect(cellToValue('number', '1.500.000')).toBe(1_500_000);
    expect(cellToValue('number', 7)).toBe(7);
    expect(cellToValue('number', 'bảy')).toBe('bảy');
    expect(cellToValue('boolean', 'Có')).toBe(true);
    expect(cellToValue('boolean', 'không')).toBe(false);
    expect(cellToValue('text', 211)).toBe('211');
    expect(cellToValue('text', '  ')).toBeNull();
  });

  it('writes values back so that reading them gives the same value', () => {
    for (const [kind, value] of [
      ['list', ['x', 'y']],
      ['boolean', true],
      ['boolean', false],
      ['number', 42],
      ['text', 'Hà Nội'],
    ] as const) {
      expect(cellToValue(kind, valueToCell(kind, value))).toEqual(value);
    }
    expect(valueToCell('list', [])).toBeNull();
  });
});

describe('the column an import error names', () => {
  it('reads a header typed without its bracketed field name', () => {
    expect(columnForHeader('offers', 'Tên công nghệ')?.key).toBe('title');
    expect(columnForHeader('demands', 'tim cong nghe nuoc ngoai co/khong')?.key).toBe('seekAbroad');
  });

  it('is the header as the file wrote it, else the template header, else the JSON Lines key; none for the whole row', () => {
    expect(columnOfField('offers', 'trl', { trl: 'TRL 1–9' })).toBe('TRL 1–9');
    expect(columnOfField('offers', 'title', {})).toBe('Tên công nghệ (title)');
    expect(columnOfField('offers', 'priceVnd', undefined)).toBe('priceVnd');
    expect(columnOfField('offers', 'row', undefined)).toBeNull();
  });
});
