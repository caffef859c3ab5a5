import { describe, expect, it } from 'vitest';
import { splitMarks } from './highlighted-text.js';

describe('splitMarks', () => {
  it('marks only the text between mark tags', () => {
    expect(splitMarks('Sản xuất <mark>nước mắm</mark> truyền thống')).toEqual([
      { text: 'Sản xuất ', marked: false },
      { text: 'nước mắm', marked: true },
      { text: ' truyền thống', marked: false },
    ]);
  });

  it('shows escaped markup as the characters the author typed', () => {
    expect(splitMarks('&lt;b&gt;R&amp;D&lt;/b&gt; <mark>&lt;img src=x&gt;</mark>')).toEqual([
      { text: '<b>R&D</b> ', marked: false },
      { text: '<img src=x>', marked: true },
    ]);
  });
});
