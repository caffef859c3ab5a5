import { describe, expect, it } from 'vitest';
import { phrasesOfWords } from './words.js';

describe('phrasesOfWords', () => {
  it('splits words at anything but letters and digits, and phrases at punctuation', () => {
    expect(phrasesOfWords('nước mắm, cá-cơm 20kg. CO2')).toEqual([['nước', 'mắm'], ['cá', 'cơm', '20kg'], ['CO2']]);
  });

  it('ends a phrase at every kind of break and drops empty phrases', () => {
    expect(phrasesOfWords('a [b] “c” d/e\\f|g…h\ni—j • k –  ; ;')).toEqual([['a'], ['b'], ['c'], ['d'], ['e'], ['f'], ['g'], ['h'], ['i'], ['j'], ['k']]);
    expect(phrasesOfWords(' .,; ')).toEqual([]);
  });

  it('keeps letters and digits of every script, outside the Basic Multilingual Plane too', () => {
    expect(phrasesOfWords('µm² Ωmega 中文 𝐀𝐁 x😀y')).toEqual([['µm²', 'Ωmega', '中文', '𝐀𝐁', 'x', 'y']]);
  });
});
