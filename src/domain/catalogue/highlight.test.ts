import { describe, expect, it } from 'vitest';
import { highlight } from './highlight.js';

describe('highlight', () => {
  it('marks accented words for an unaccented query, by prefix', () => {
    expect(highlight('Công nghệ sản xuất nước mắm truyền thống', ['nuoc', 'mam', 'truyen'])).toBe(
      'Công nghệ sản xuất <mark>nước</mark> <mark>mắm</mark> <mark>truyền</mark> thống',
    );
  });

  it('handles đ, which has no decomposition', () => {
    expect(highlight('Máy đóng gói', ['dong'])).toBe('Máy <mark>đóng</mark> gói');
  });

  it('escapes HTML in the text', () => {
    expect(highlight('<b>cá</b> & tôm', ['ca'])).toBe('&lt;b&gt;<mark>cá</mark>&lt;/b&gt; &amp; tôm');
  });

  it('centres a long text on the first match', () => {
    const text = `${'mở đầu '.repeat(60)}nước mắm cuối`;
    const snippet = highlight(text, ['mam'], 80)!;
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet).toContain('<mark>mắm</mark>');
  });

  it('returns the start of the text when nothing matches', () => {
    expect(highlight('abc def', ['xyz'])).toBe('abc def');
    expect(highlight(null, ['x'])).toBeNull();
  });
});
