/**
 * Look-alikes: a different technology written from the same template as an offer — another
 * product, material, organism or process in the same words ("nước mắm" → "nước tương"), sometimes
 * with other capacities, and sometimes typed without diacritics, so that surface edits do not
 * mark a pair as a duplicate.
 */
import type { Random } from '../../src/seed/demo/generate/random.js';
import { owners, substitutes } from './lexicon.js';
import { mapText, replaceWord, stripDiacritics, wordPattern, type SetRecord } from './set-record.js';

export type LookalikeMix = { secondSwap: number; numbers: number; surface: number; sameOwner: number; shortDescription: number };

const allText = (record: SetRecord) => [record.title, record.summary, record.description, ...record.keywords].join(' ');

/** Terms of `record`'s title that a group of substitutes could replace, longest first. */
function swappable(record: SetRecord): { term: string; group: readonly string[] }[] {
  return substitutes
    .flatMap((group) => group.filter((term) => wordPattern(term).test(record.title)).map((term) => ({ term, group })))
    .sort((a, b) => b.term.length - a.term.length);
}

const parse = (written: string) => Number(/^\d{1,3}(\.\d{3})+$/.test(written) ? written.replace(/\./g, '') : written.replace(',', '.'));

const format = (value: number, like: string) => {
  if (!Number.isInteger(value)) return value.toFixed(1).replace('.', ',');
  return like.includes('.') || value >= 10_000 ? value.toLocaleString('de-DE') : String(value);
};

/** Every quantity scaled by `factor` ("200–500 kg" → "600–1.500 kg"); codes such as CO2 are left alone. */
export function scaleNumbers(text: string, factor: number): string {
  return text.replace(/(?<![\p{L}\d.,])\d+(?:[.,]\d+)*/gu, (written) => format(Math.round(parse(written) * factor * 10) / 10, written));
}

/** Whether `record`'s title names something a look-alike can swap. */
export const canLookAlike = (record: SetRecord) => swappable(record).length > 0;

/** A different technology from `original`'s template and a note of what was changed, or null when nothing could be swapped. */
export function lookalikeOf(original: SetRecord, mix: LookalikeMix, random: Random): { record: SetRecord; note: string } | null {
  let record = original;
  const notes: string[] = [];
  const found = swappable(original);
  const swaps = random.chance(mix.secondSwap) ? 2 : 1;
  for (const { term, group } of found.slice(0, swaps)) {
    const present = allText(record);
    const options = group.filter((other) => other !== term && !wordPattern(other).test(present));
    if (options.length === 0) continue;
    const by = random.pick(options);
    record = mapText(record, (text) => replaceWord(text, term, by));
    notes.push(`${term}→${by}`);
  }
  if (notes.length === 0) return null;
  if (random.chance(mix.numbers)) {
    const factor = random.pick([0.5, 2, 3, 5]);
    const scale = (text: string) => scaleNumbers(text, factor);
    record = {
      ...record,
      title: scale(record.title),
      summary: record.summary && scale(record.summary),
      description: record.description && scale(record.description),
    };
    notes.push(`numbers×${factor}`);
  }
  if (random.chance(mix.shortDescription) && record.description) {
    record = { ...record, description: record.description.split(/\s+/).slice(0, 30).join(' ') };
    notes.push('short description');
  }
  if (random.chance(mix.surface)) {
    record = mapText(record, stripDiacritics);
    notes.push('no diacritics');
  }
  const ownerList = owners[original.ownerType ?? 'enterprise'] ?? owners.enterprise;
  const ownerName = random.chance(mix.sameOwner) ? original.ownerName : random.chance(0.7) ? random.pick(ownerList)[0] : null;
  return { record: { ...record, ownerName, priceVnd: random.chance(0.5) ? original.priceVnd : null }, note: notes.join(', ') };
}
