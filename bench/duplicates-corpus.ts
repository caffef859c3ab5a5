/**
 * Synthetic offers for bench/duplicates-file.ts: titles and descriptions walked from a word-pair
 * (Markov) model of the labelled dev offers, so that every record is different while word
 * frequencies look like a catalogue's (a few common words, many of middling frequency), plus
 * names of products, places and models drawn from a long-tailed pool (most are rare, as in a real
 * catalogue, where few offers share "Lục Ngạn" or "KX-250"), and quantities drawn at random. Some records are re-entered copies (the duplicate set's edits), so
 * that the benchmark also counts how many planted pairs the method finds.
 */
import fs from 'node:fs';
import { seededRandom, type Random } from '../src/seed/demo/generate/random.js';
import { copyOf } from '../scripts/duplicate-set/copies.js';
import type { SetRecord } from '../scripts/duplicate-set/set-record.js';

type Chain = { starts: string[]; next: Map<string, string[]> };

function chainOf(texts: string[]): Chain {
  const chain: Chain = { starts: [], next: new Map() };
  for (const text of texts) {
    const words = text.split(/\s+/).filter(Boolean);
    if (words.length > 0) chain.starts.push(words[0]);
    words.forEach((word, i) => {
      const following = words[i + 1] ?? '.';
      chain.next.set(word, [...(chain.next.get(word) ?? []), following]);
    });
  }
  return chain;
}

/** A walk of about `length` words; numbers are redrawn so that quantities differ between records. */
function walk(chain: Chain, length: number, random: Random): string {
  const out: string[] = [];
  let word = random.pick(chain.starts);
  while (out.length < length) {
    out.push(/^\d/.test(word) ? String(random.int(1, 2000)) : word);
    const options = chain.next.get(word);
    word = options ? random.pick(options) : random.pick(chain.starts);
    if (word === '.') word = random.pick(chain.starts);
  }
  return out.join(' ');
}

const templates = fs
  .readFileSync(new URL('../test/fixtures/eval-dev/offers.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as SetRecord);
const titles = chainOf(templates.map((t) => t.title));
const texts = chainOf(templates.flatMap((t) => [t.summary ?? '', t.description ?? '']));
const syllables = 'an bao binh cam dao gia ha hoa khang lam long minh nam phat phu quang son tan thanh tien trung viet xuan kx tb vn'.split(' ');

/** A name from a pool of `pool` names; low indexes far more often, so that most names are rare. */
function name(random: Random, pool: number): string {
  let index = Math.floor(pool * random.next() ** 3);
  const parts: string[] = [];
  for (let i = 0; i < 3; i++, index = Math.floor(index / syllables.length)) parts.push(syllables[index % syllables.length]);
  return `${parts.join('')}-${index}`;
}

const copyMix = { summary: 0.25, cut: 0.5, drop: 0.4, paraphrase: 0.35, reorder: 0.35, case: 0.25, punctuation: 0.3, diacritics: 0.45, connectionPoint: 0.5 };

/** `count` offers (ids B-0…), one in `copyEvery` followed by a re-entered copy of itself; and the planted pairs. */
export function syntheticOffers(count: number, copyEvery: number, seed = 42): { records: SetRecord[]; planted: [string, string][] } {
  const random = seededRandom(seed);
  const records: SetRecord[] = [];
  const planted: [string, string][] = [];
  while (records.length < count) {
    const template = random.pick(templates);
    const names = [name(random, count), name(random, count), name(random, count)];
    const record: SetRecord = {
      ...template,
      externalId: `B-${records.length}`,
      title: `${walk(titles, random.int(6, 14), random)} ${names[0]}`,
      summary: walk(texts, random.int(15, 30), random),
      description: `${walk(texts, random.int(50, 120), random)} ${names.join(', ')}.`,
      keywords: [walk(texts, 2, random), walk(texts, 2, random), walk(texts, 1, random)],
      ownerName: `Công ty ${walk(titles, 2, random)} ${random.int(1, 5000)}`,
      priceVnd: random.chance(0.4) ? null : random.int(1, 5000) * 1_000_000,
    };
    records.push(record);
    if (records.length % copyEvery === 0 && records.length < count) {
      const copy = { ...copyOf(record, copyMix, random).record, externalId: `B-${records.length}` };
      planted.push([record.externalId, copy.externalId]);
      records.push(copy);
    }
  }
  return { records, planted };
}
