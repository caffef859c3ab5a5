import { fold } from '../../text/fold.js';
import { vsicOverlaps } from '../vsic.js';
import type { MatcherSpec, TechnologyMap } from './types.js';

/**
 * What the matcher reads of a record (offer, demand, expert, or a connection through its demand
 * and offer): its classification and its keywords folded with `fold` — the folded title may be
 * added to the keywords when the caller wants titles to count.
 */
export type MatchableRecord = { vsicCodes: readonly string[]; fieldCodes: readonly string[]; foldedKeywords: readonly string[] };

const wordsOf = (folded: string) => folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Whether `words` holds `phrase` as consecutive whole words ("ủ chượp" holds "chượp", "chượp cá" does not hold "cá cơm"). */
function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((word, j) => words[i + j] === word)) return true;
  }
  return false;
}

/** S&T field codes nest by prefix: "2" (engineering) holds "211". */
const fieldOverlaps = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** One classification gate: open when the spec lists no codes or the record has none; else some code must overlap. */
const gate = (specCodes: readonly string[], recordCodes: readonly string[], overlaps: (a: string, b: string) => boolean) =>
  specCodes.length === 0 || recordCodes.length === 0 || specCodes.some((s) => recordCodes.some((r) => overlaps(s, r)));

/**
 * A node's test, compiled once for many records. A record falls under the node when it passes the
 * VSIC and S&T-field gates and one of the node's keywords appears, as whole words, in one of its
 * keywords. A keyword written "a + b" needs both phrases, each in some keyword of the record
 * ("xử lý nước thải + chế biến thủy sản"). A spec without keywords needs a positive code match
 * (an empty spec matches nothing).
 */
export function specMatcher(spec: MatcherSpec): (record: MatchableRecord) => boolean {
  const alternatives = spec.keywords
    .map((keyword) =>
      keyword
        .split('+')
        .map((part) => wordsOf(fold(part)))
        .filter((words) => words.length > 0),
    )
    .filter((phrases) => phrases.length > 0);
  const hasCodes = spec.vsicCodes.length > 0 || spec.fieldCodes.length > 0;
  return (record) => {
    if (!gate(spec.vsicCodes, record.vsicCodes, vsicOverlaps) || !gate(spec.fieldCodes, record.fieldCodes, fieldOverlaps)) return false;
    if (alternatives.length === 0) {
      const classified = (spec.vsicCodes.length === 0 || record.vsicCodes.length > 0) && (spec.fieldCodes.length === 0 || record.fieldCodes.length > 0);
      return hasCodes && classified;
    }
    const keywordWords = record.foldedKeywords.map(wordsOf);
    const found = (phrase: string[]) => keywordWords.some((words) => holdsPhrase(words, phrase));
    return alternatives.some((phrases) => phrases.every(found));
  };
}

/** The nodes a record falls under, with their ancestors (a record under a technology is under its product too), in map order. */
export function mapMatcher(map: TechnologyMap): (record: MatchableRecord) => string[] {
  const tests = map.nodes.map((node) => ({ node, test: specMatcher(node.matcher) }));
  const parentOf = new Map(map.nodes.map((node) => [node.id, node.parentId]));
  return (record) => {
    const under = new Set<string>();
    for (const { node, test } of tests) {
      if (!test(record)) continue;
      for (let id: string | null | undefined = node.id; id && !under.has(id); id = parentOf.get(id)) under.add(id);
    }
    return map.nodes.filter((node) => under.has(node.id)).map((node) => node.id);
  };
}

/** Records counted per node and per kind (offers, demands, experts, connections), for the map's figures. */
export function countByNode<K extends string>(
  map: TechnologyMap,
  records: readonly { kind: K; record: MatchableRecord }[],
): Map<string, Partial<Record<K, number>>> {
  const nodesOf = mapMatcher(map);
  const counts = new Map<string, Partial<Record<K, number>>>(map.nodes.map((node) => [node.id, {}]));
  for (const { kind, record } of records) {
    for (const id of nodesOf(record)) {
      const row = counts.get(id);
      if (row) row[kind] = (row[kind] ?? 0) + 1;
    }
  }
  return counts;
}
