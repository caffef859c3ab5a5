/**
 * How a second connection point re-enters an offer that is already in the catalogue: the same
 * technology, typed again or pasted with edits. Each edit is one function; a mix says how often
 * each is applied, so the labelled set and its holdout can use different mixes.
 */
import type { Random } from '../../src/seed/demo/generate/random.js';
import { connectionPointProvinces, owners, paraphrases, titlePrefixes } from './lexicon.js';
import { mapText, replaceWord, sentences, stripDiacritics, wordPattern, type SetRecord } from './set-record.js';

type Edit = (record: SetRecord, random: Random) => SetRecord;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

const shuffle = <T>(items: readonly T[], random: Random): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

const cutText =
  (lowest: number, highest: number): Edit =>
  (record, random) => {
    if (!record.description) return record;
    const all = words(record.description);
    const keep = Math.max(8, Math.round(all.length * (lowest + random.next() * (highest - lowest))));
    return { ...record, description: all.slice(0, keep).join(' ') + (random.chance(0.5) ? '…' : '') };
  };

const connectors = [' cho ', ' bằng ', ' dùng ', ' từ ', ' trong ', ' và ', ', ', ' – ', ' for ', ' with ', ' from ', ' and '];

/** The edits, by name; content edits come before surface ones when a mix applies several. */
export const edits = {
  /** The summary is replaced by the description's first sentence, or left out. */
  summary: (record, random) => ({ ...record, summary: random.chance(0.5) && record.description ? sentences(record.description)[0] : null }),
  /** Summary pasted in front of the description, summary field empty. */
  merge: (record) => ({ ...record, description: [record.summary, record.description].filter(Boolean).join(' '), summary: null }),
  /** The description's sentences in another order. */
  shuffle: (record, random) => (record.description ? { ...record, description: shuffle(sentences(record.description), random).join(' ') } : record),
  /** One sentence from the middle of the description left out. */
  middle: (record, random) => {
    const list = record.description ? sentences(record.description) : [];
    if (list.length < 3) return record;
    list.splice(random.int(1, list.length - 2), 1);
    return { ...record, description: list.join(' ') };
  },
  cut: cutText(0.35, 0.75),
  cutHard: cutText(0.2, 0.5),
  /** Optional fields left empty: at least one of them. */
  drop: (record, random) => {
    const out = { ...record };
    const fields = shuffle(['summary', 'keywords', 'trl', 'priceVnd', 'province', 'sectorCode', 'ownerName'] as const, random);
    fields.forEach((field, i) => {
      if (i > 0 && !random.chance(0.3)) return;
      if (field === 'keywords') out.keywords = [];
      else out[field] = null;
    });
    return out;
  },
  /** Keywords thinned out and lower-cased, as typed by someone in a hurry. */
  keywords: (record, random) => ({ ...record, keywords: record.keywords.filter(() => random.chance(0.5)).map((k) => k.toLowerCase()) }),
  /** One or two synonyms swapped in the title, or a prefix some connection points add. */
  paraphrase: (record, random) => {
    const found = shuffle(paraphrases, random).flatMap(([a, b]) =>
      wordPattern(a).test(record.title) ? [[a, b]] : wordPattern(b).test(record.title) ? [[b, a]] : [],
    );
    if (found.length === 0 || random.chance(0.25)) return { ...record, title: random.pick(titlePrefixes[record.language]) + record.title };
    let title = record.title;
    for (const [from, to] of found.slice(0, random.int(1, 2))) title = replaceWord(title, from, to);
    return { ...record, title };
  },
  /** The title's two halves swapped around a connecting word; keywords in another order. */
  reorder: (record, random) => {
    const at = connectors.map((c) => record.title.indexOf(c)).find((i) => i > 0);
    const keywords = shuffle(record.keywords, random);
    if (at === undefined) return { ...record, keywords, title: words(record.title).reverse().join(' ') };
    const connector = connectors.find((c) => record.title.indexOf(c) === at)!;
    const [left, right] = [record.title.slice(0, at), record.title.slice(at + connector.length)];
    const joint = connector === ', ' ? ' – ' : connector;
    return { ...record, keywords, title: `${right.charAt(0).toUpperCase()}${right.slice(1)}${joint}${left.charAt(0).toLowerCase()}${left.slice(1)}` };
  },
  /** Capitals: a title in upper case, or everything in lower case. */
  case: (record, random) => (random.chance(0.4) ? { ...record, title: record.title.toUpperCase() } : mapText(record, (t) => t.toLowerCase())),
  /** Dashes, commas and colons typed differently. */
  punctuation: (record) =>
    mapText(record, (t) =>
      t
        .replace(/\s*–\s*/g, ' - ')
        .replace(/,/g, '')
        .replace(/:/g, ' -')
        .replace(/\s+/g, ' '),
    ),
  /** Ranges and thousands written differently: "100–300" → "100 - 300", "1.100" → "1100", "°C" → " độ C". */
  numbers: (record) =>
    mapText(record, (t) =>
      t
        .replace(/(\d)\s*–\s*(\d)/g, '$1 - $2')
        .replace(/(\d)\.(\d{3})(?!\d)/g, '$1$2')
        .replace(/°C/g, ' độ C'),
    ),
  diacritics: (record) => ({ ...mapText(record, stripDiacritics), ownerName: record.ownerName ? stripDiacritics(record.ownerName) : record.ownerName }),
  /** A letter swapped or lost in a few longer words. */
  typos: (record, random) => {
    const typo = (word: string) => {
      const i = random.int(1, word.length - 2);
      return random.chance(0.5) ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i) + word.slice(i + 1);
    };
    const inText = (text: string, count: number) => {
      const list = text.split(' ');
      for (let n = 0; n < count; n++) {
        const i = random.int(0, list.length - 1);
        if (list[i].length >= 5) list[i] = typo(list[i]);
      }
      return list.join(' ');
    };
    return { ...record, title: inText(record.title, 1), description: record.description ? inText(record.description, 2) : null };
  },
  /** Entered by another connection point: its own province, the owner's short name. */
  connectionPoint: (record, random) => {
    const short = Object.values(owners)
      .flat()
      .find(([long]) => long === record.ownerName)?.[1];
    return { ...record, province: random.chance(0.7) ? random.pick(connectionPointProvinces) : record.province, ownerName: short ?? record.ownerName };
  },
} satisfies Record<string, Edit>;

export type EditName = keyof typeof edits;

/** How often each edit is applied to a copy; edits run in this object's key order. */
export type CopyMix = Partial<Record<EditName, number>>;

/** A copy of `original` under `mix`, with the names of the edits applied (at least two). */
export function copyOf(original: SetRecord, mix: CopyMix, random: Random): { record: SetRecord; applied: EditName[] } {
  const names = Object.keys(edits) as EditName[];
  let applied = names.filter((name) => random.chance(mix[name] ?? 0));
  while (applied.length < 2) {
    const extra = random.pick(names.filter((name) => (mix[name] ?? 0) > 0));
    if (!applied.includes(extra)) applied = names.filter((name) => name === extra || applied.includes(name));
  }
  const record = applied.reduce((current, name) => edits[name](current, random), original);
  return { record, applied };
}
