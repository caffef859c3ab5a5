import { describe, expect, it } from 'vitest';
import { glossarySeed } from '../../src/seed/glossary.js';
import { compileGlossary } from '../../src/domain/matching/glossary.js';

describe('shipped glossary', () => {
  const entries = glossarySeed();

  it('has a few hundred NFC-normalised vi ↔ en entries across sectors, without duplicates', () => {
    expect(entries.length).toBeGreaterThan(300);
    expect(new Set(entries.map((e) => e.sector)).size).toBeGreaterThan(15);
    for (const e of entries) {
      expect(e.vi.trim()).not.toBe('');
      expect(e.en.trim()).not.toBe('');
      expect(e.vi).toBe(e.vi.normalize('NFC'));
    }
    expect(new Set(entries.map((e) => `${e.vi}|${e.en}`)).size).toBe(entries.length);
  });

  it('compiles', () => {
    expect(compileGlossary(entries).en.size).toBeGreaterThan(100);
  });
});
