import { describe, expect, it } from 'vitest';
import { tokenise } from '../text/tokenise.js';
import { compileGlossary, findTerms } from './glossary.js';

const glossary = compileGlossary([
  { vi: 'nước mắm', en: 'fish sauce' },
  { vi: 'bột cá', en: 'fishmeal' },
  { vi: 'bột cá', en: 'fish meal' },
  { vi: 'nghệ', en: 'turmeric' },
  { vi: 'công nghệ', en: 'technology' },
  { vi: 'bơ', en: 'avocado' },
  { vi: 'xử lý nước thải', en: 'wastewater treatment' },
  { vi: 'nước thải', en: 'wastewater' },
]);
const terms = (text: string, language: 'vi' | 'en') => findTerms(glossary, tokenise(text, language), language);

describe('glossary', () => {
  it('finds Vietnamese and English forms of one concept', () => {
    const vi = terms('Rút ngắn thời gian ủ nước mắm', 'vi');
    const en = terms('Fast fish sauce fermentation', 'en');
    expect(vi.map((t) => t.translation)).toEqual(['fish sauce']);
    expect(en.map((t) => t.translation)).toEqual(['nước mắm']);
    expect(vi[0].concept).toBe(en[0].concept);
  });

  it('merges terms that share a form into one concept', () => {
    const [a] = terms('fishmeal', 'en');
    const [b] = terms('fish meals', 'en');
    expect(a.concept).toBe(b.concept);
  });

  it('reports nested multi-word terms but not a one-word term inside a longer one', () => {
    expect(
      terms('công nghệ xử lý nước thải', 'vi')
        .map((t) => t.surface)
        .sort(),
    ).toEqual(['công nghệ', 'nước thải', 'xử lý nước thải']);
    expect(terms('bột nghệ', 'vi').map((t) => t.translation)).toEqual(['turmeric']);
  });

  it('compares with diacritics when the text has them, folded multi-word terms when it has none', () => {
    expect(terms('thịt bò', 'vi')).toEqual([]);
    expect(terms('quả bơ', 'vi').map((t) => t.translation)).toEqual(['avocado']);
    expect(terms('xu ly nuoc thai', 'vi').map((t) => t.translation)).toContain('wastewater treatment');
    expect(terms('qua bo', 'vi')).toEqual([]);
  });
});
