/**
 * `npx tsx scripts/build-duplicate-set.ts` — builds the labelled duplicate sets in
 * test/fixtures/duplicates/ from the dev offers (test/fixtures/eval-dev/offers.jsonl):
 *   <name>.records.jsonl  offers in the interchange format, ids neutral (S-…, H-…), order shuffled
 *   <name>.pairs.tsv      a, b, label (1 duplicate, 0 distinct), kind: every duplicate pair, and
 *                         the hard distinct pairs (look-alikes, offers relevant to the same demand);
 *                         any pair not listed is two distinct technologies.
 * Both also hold hand-written records (duplicate-set/rewrites-*.jsonl): offers rewritten in other
 * words, as a second connection point would enter them, and different technologies written like
 * an offer. `set` and `holdout` use different seeds, different mixes of edits (the holdout has
 * edits the set never applies: typos, reordered or missing sentences, numbers written otherwise)
 * and different hand-written records.
 */
import fs from 'node:fs';
import { seededRandom, type Random } from '../src/seed/demo/generate/random.js';
import { parseQrels } from '../src/domain/matching/qrels.js';
import { copyOf, type CopyMix } from './duplicate-set/copies.js';
import { owners } from './duplicate-set/lexicon.js';
import { canLookAlike, lookalikeOf, type LookalikeMix } from './duplicate-set/lookalikes.js';
import type { SetRecord } from './duplicate-set/set-record.js';

type SetConfig = {
  name: string;
  idPrefix: string;
  seed: number;
  copied: number;
  copiedTwice: number;
  lookalikes: number;
  lookalikeCopies: number;
  copies: CopyMix;
  lookalike: LookalikeMix;
  handWritten: string;
};

const configs: SetConfig[] = [
  {
    name: 'set',
    idPrefix: 'S',
    seed: 17,
    copied: 90,
    copiedTwice: 30,
    lookalikes: 100,
    lookalikeCopies: 0.15,
    copies: { summary: 0.25, cut: 0.5, drop: 0.4, paraphrase: 0.35, reorder: 0.35, case: 0.25, punctuation: 0.3, diacritics: 0.45, connectionPoint: 0.5 },
    lookalike: { secondSwap: 0.2, numbers: 0.3, surface: 0.3, sameOwner: 0.4, shortDescription: 0.15 },
    handWritten: 'rewrites-set.jsonl',
  },
  {
    name: 'holdout',
    idPrefix: 'H',
    seed: 1717,
    copied: 80,
    copiedTwice: 30,
    lookalikes: 100,
    lookalikeCopies: 0.2,
    copies: {
      summary: 0.3,
      merge: 0.2,
      shuffle: 0.25,
      middle: 0.25,
      cutHard: 0.45,
      drop: 0.45,
      keywords: 0.3,
      paraphrase: 0.4,
      reorder: 0.25,
      case: 0.2,
      punctuation: 0.2,
      numbers: 0.3,
      diacritics: 0.35,
      typos: 0.35,
      connectionPoint: 0.6,
    },
    lookalike: { secondSwap: 0.3, numbers: 0.4, surface: 0.35, sameOwner: 0.5, shortDescription: 0.25 },
    handWritten: 'rewrites-holdout.jsonl',
  },
];

const fixtures = new URL('../test/fixtures/', import.meta.url);
const readLines = (file: string) =>
  fs
    .readFileSync(new URL(file, fixtures), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
const devOffers = readLines('eval-dev/offers.jsonl').map((line) => JSON.parse(line) as SetRecord);
const qrels = parseQrels(readLines('eval-dev/qrels.tsv').join('\n'));
type HandWritten = { rewriteOf?: string; distinctFrom?: string; record: SetRecord };
const readHandWritten = (file: string) =>
  fs
    .readFileSync(new URL(`duplicate-set/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => JSON.parse(line) as HandWritten);

type Built = { record: SetRecord; cluster: string; kind: string; lookalikeOf?: string };

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function build(config: SetConfig) {
  const random = seededRandom(config.seed);
  const originals: Built[] = devOffers.map((offer) => {
    const names = owners[offer.ownerType ?? 'enterprise'] ?? owners.enterprise;
    return { record: { ...offer, ownerName: random.chance(0.6) ? random.pick(names)[0] : null }, cluster: offer.externalId, kind: 'original' };
  });
  const built: Built[] = [...originals];
  const copy = (source: Built, label: string) => {
    const { record, applied } = copyOf(source.record, config.copies, random);
    built.push({ record, cluster: source.cluster, kind: `copy of ${label}: ${applied.join('+')}` });
  };
  shuffled(originals, random)
    .slice(0, config.copied + config.copiedTwice)
    .forEach((source, i) => {
      copy(source, source.record.externalId);
      if (i < config.copiedTwice) copy(source, source.record.externalId);
    });
  const lookalikeSources = shuffled(
    originals.filter((o) => canLookAlike(o.record)),
    random,
  );
  // The same swap made twice on one offer would be one technology in two clusters.
  const swaps = new Set<string>();
  for (let i = 0; i < config.lookalikes; i++) {
    const source = lookalikeSources[i % lookalikeSources.length];
    const made = lookalikeOf(source.record, config.lookalike, random);
    const swap = `${source.cluster} ${made?.note
      .split(', ')
      .filter((n) => n.includes('→'))
      .join()}`;
    if (!made || swaps.has(swap)) continue;
    swaps.add(swap);
    const lookalike = { record: made.record, cluster: `L${i}`, kind: `look-alike of ${source.record.externalId}: ${made.note}`, lookalikeOf: source.cluster };
    built.push(lookalike);
    if (random.chance(config.lookalikeCopies)) copy(lookalike, `look-alike L${i}`);
  }
  readHandWritten(config.handWritten).forEach(({ rewriteOf, distinctFrom, record }, i) => {
    if (rewriteOf) built.push({ record, cluster: rewriteOf, kind: `hand-written rewrite of ${rewriteOf}` });
    if (distinctFrom) built.push({ record, cluster: `W${i}`, kind: `hand-written look-alike of ${distinctFrom}`, lookalikeOf: distinctFrom });
  });
  const neutralId = (i: number) => `${config.idPrefix}-${String(i + 1).padStart(4, '0')}`;
  return shuffled(built, random).map((b, i) => ({ ...b, record: { ...b.record, externalId: neutralId(i) } }));
}

function pairsOf(built: Built[]) {
  const rows: string[] = [];
  const byCluster = new Map<string, Built[]>();
  for (const b of built) byCluster.set(b.cluster, [...(byCluster.get(b.cluster) ?? []), b]);
  const idsOfCluster = (cluster: string) => (byCluster.get(cluster) ?? []).map((b) => b.record.externalId);
  for (const members of byCluster.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i], members[j]];
        rows.push(
          [a.record.externalId, b.record.externalId, '1', a.kind === 'original' ? b.kind : b.kind === 'original' ? a.kind : `${a.kind} / ${b.kind}`].join('\t'),
        );
      }
    }
  }
  for (const lookalike of built) {
    if (lookalike.lookalikeOf)
      for (const id of idsOfCluster(lookalike.lookalikeOf)) rows.push([lookalike.record.externalId, id, '0', lookalike.kind].join('\t'));
  }
  const originalId = (cluster: string) => byCluster.get(cluster)!.find((b) => b.kind === 'original')!.record.externalId;
  const related = new Set<string>();
  for (const [demand, judgments] of qrels) {
    const offers = [...judgments]
      .filter(([, rel]) => rel >= 1)
      .map(([offer]) => offer)
      .sort();
    for (let i = 0; i < offers.length; i++) {
      for (let j = i + 1; j < offers.length; j++) {
        const key = `${offers[i]}\t${offers[j]}`;
        if (related.has(key)) continue;
        related.add(key);
        rows.push([originalId(offers[i]), originalId(offers[j]), '0', `related via ${demand}: ${offers[i]}, ${offers[j]}`].join('\t'));
      }
    }
  }
  return rows;
}

for (const config of configs) {
  const built = build(config);
  const records = built.map((b) => b.record).sort((a, b) => a.externalId.localeCompare(b.externalId));
  fs.writeFileSync(new URL(`duplicates/${config.name}.records.jsonl`, fixtures), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const rows = pairsOf(built);
  fs.writeFileSync(new URL(`duplicates/${config.name}.pairs.tsv`, fixtures), ['a\tb\tlabel\tkind', ...rows].join('\n') + '\n');
  const positives = rows.filter((r) => r.split('\t')[2] === '1').length;
  console.log(`${config.name}: ${records.length} records, ${positives} duplicate pairs, ${rows.length - positives} hard distinct pairs`);
}
