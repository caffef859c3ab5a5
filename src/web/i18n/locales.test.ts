import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';
import { featureStrings, translationParts, type LanguageStrings } from './feature-strings.js';
import enStrings from './languages/en.js';
import viStrings from './languages/vi.js';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

// English needs `_one` forms that Vietnamese (no grammatical plural) does not.
const withoutPlural = (list: string[]) => [...new Set(list.map((key) => key.replace(/_(one|other)$/, '')))].sort();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Keys the feature folders add (each folder's vi.json placed where feature-strings.ts says). */
function featureKeys(): string[] {
  return translationParts(viStrings)
    .slice(1)
    .flatMap((part) => keys(part));
}

describe('feature strings', () => {
  it('are placed for every feature folder that has them, in both languages', () => {
    const folders = (strings: LanguageStrings) => Object.keys(strings.features).map((file) => file.split('/').at(-3));
    expect(folders(viStrings).sort()).toEqual(Object.keys(featureStrings).sort());
    expect(folders(enStrings).sort()).toEqual(Object.keys(featureStrings).sort());
  });
});

describe('shell strings', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(withoutPlural(keys(en))).toEqual(withoutPlural(keys(vi)));
  });

  it('cover every literal key the shell pages use', () => {
    const known = new Set(withoutPlural([...keys(vi), ...featureKeys()]));
    const shellDirs = [
      'api',
      'components',
      'lib',
      'pages/home',
      'pages/auth',
      'pages/users',
      'pages/organisations',
      'pages/audit',
      'pages/connection-points',
      'pages/mail',
      'pages/matching',
      'pages/reference',
      'pages/errors',
    ];
    const used = shellDirs
      .flatMap((dir) => sourceFiles(path.join(import.meta.dirname, '..', dir)))
      .flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z][\w.-]*)'/g)].map((m) => m[1]))
      // navigation.ts names its keys in data, not through t().
      .concat(
        [...fs.readFileSync(path.join(import.meta.dirname, '../lib/navigation.ts'), 'utf8').matchAll(/(?:labelKey|titleKey): '(nav\.[\w.]+)'/g)].map(
          (m) => m[1],
        ),
      );
    const missing = [...new Set(used)].filter((key) => !key.startsWith('errors.') && !key.startsWith('catalogue.') && !known.has(key));
    expect(missing).toEqual([]);
  });
});
