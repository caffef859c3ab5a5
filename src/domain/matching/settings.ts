import { defaultBm25, type Bm25Params } from './bm25.js';
import type { ExpansionWeights } from './features.js';

/** Every tunable of the matcher in one place, so an evaluation can vary them. */
export type MatcherSettings = {
  bm25: Bm25Params;
  /** Weight of each field's words in the document (indexed side) and in the query. */
  documentFields: { title: number; keywords: number; summary: number; description: number };
  queryFields: { title: number; keywords: number; summary: number; description: number };
  expansion: ExpansionWeights;
  /** Fusion: lexical relevance (0..1, relative to the best candidate) and signals (−1..1). */
  fusion: { lexical: number; field: number; sector: number; trl: number; budget: number; foreign: number };
  /** Phrases shown in a match's reasons. */
  maxPhrases: number;
};

export const defaultMatcherSettings: MatcherSettings = {
  bm25: defaultBm25,
  documentFields: { title: 3, keywords: 2, summary: 1.5, description: 1 },
  queryFields: { title: 2, keywords: 2, summary: 1.5, description: 1 },
  expansion: { concept: 1, translation: 0.5 },
  // Modest structured priors: lexical relevance decides, fields and fit break near-ties.
  fusion: { lexical: 0.79, field: 0.05, sector: 0.05, trl: 0.05, budget: 0.03, foreign: 0.03 },
  maxPhrases: 3,
};
