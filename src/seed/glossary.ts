import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GlossaryTerm } from '../domain/matching/types.js';
import type { Tx } from '../db/client.js';
import { insertSeedRows } from './seed.repository.js';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'glossary.json');

export type GlossarySeedEntry = GlossaryTerm & { sector: string };

/** The bilingual technical glossary shipped with the product (agency staff extend it in the UI). */
export function glossarySeed(): GlossarySeedEntry[] {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: GlossarySeedEntry[] }).entries;
}

/** Seeds `glossary_terms` from the shipped file; run once per database (see runOnce). */
export async function loadGlossary(tx: Tx) {
  const rows = glossarySeed().map((e) => ({ vi: e.vi.normalize('NFC'), en: e.en.normalize('NFC'), sector: e.sector }));
  await insertSeedRows(tx, 'glossaryTerms', rows);
}
