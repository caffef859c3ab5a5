import { SAME_OWNER } from './owner-name.js';
import type { CodedField, PairEvidence } from './pair-evidence.js';

/** A part of two records that agrees or differs: the title, the text (one holds most of the other), the stated figures, the owner, a coded field. */
export type ExplainedPart = 'title' | 'text' | 'numbers' | 'owner' | CodedField;

/** What a person is shown beside a likely duplicate: what agrees, and what each record names alone. */
export type PairExplanation = {
  agree: ExplainedPart[];
  /** Parts both records fill in, differently. */
  differ: ExplainedPart[];
  /** Words of each title the other record never uses, most telling first (as written when known). */
  onlyInA: string[];
  onlyInB: string[];
};

// Bars for calling a part of the evidence an agreement: loose enough for a shortened copy.
const agreeing = { title: 0.8, text: 0.7 };

/** The words behind feature ids: "~giấm" is a word as written, "nuoc mam" a pair of folded words. */
const wordsOf = (ids: number[], keys: readonly string[], weights: Float64Array) =>
  [...ids].sort((x, y) => weights[y] - weights[x]).map((id) => keys[id].replace(/^~/, ''));

/** A short account of a pair's evidence for the person deciding whether to merge. */
export function explainPair(evidence: PairEvidence, keys: readonly string[], weights: Float64Array): PairExplanation {
  const agree: ExplainedPart[] = [];
  const differ: ExplainedPart[] = [];
  const note = (part: ExplainedPart, agrees: boolean | null) => agrees !== null && (agrees ? agree : differ).push(part);
  if (evidence.title >= agreeing.title) agree.push('title');
  if (evidence.text >= agreeing.text) agree.push('text');
  note('numbers', evidence.numbers === null ? null : evidence.numbers === 1);
  note('owner', evidence.owner === null ? null : evidence.owner >= SAME_OWNER);
  for (const [field, agrees] of Object.entries(evidence.fields) as [CodedField, boolean | null][]) note(field, agrees);
  const own = (side: PairEvidence['onlyInA']) => wordsOf([...side.subject, ...side.titleOnly], keys, weights);
  return { agree, differ, onlyInA: own(evidence.onlyInA), onlyInB: own(evidence.onlyInB) };
}
