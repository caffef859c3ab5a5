import type { TextLanguage } from '../text/tokenise.js';

/** What the matcher needs of an offer; plain data, however it was loaded. */
export type MatchOffer = {
  id: string;
  language: TextLanguage;
  title: string;
  summary: string;
  description: string;
  keywords: readonly string[];
  sectorCodes: readonly string[];
  fieldCodes: readonly string[];
  trl: number | null;
  priceVnd: number | null;
  country: string | null;
};

/** What the matcher needs of a demand. */
export type MatchDemand = {
  id: string;
  language: TextLanguage;
  title: string;
  description: string;
  keywords: readonly string[];
  sectorCodes: readonly string[];
  fieldCodes: readonly string[];
  minTrl: number | null;
  budgetVnd: number | null;
  seekAbroad: boolean;
};

/** One glossary row: the same technical term in Vietnamese and English. */
export type GlossaryTerm = { vi: string; en: string };

/** Why two records match, as data the UI translates (`kind` + `params`), with default texts. */
export type MatchReason =
  | { kind: 'same-field'; params: { code: string } }
  | { kind: 'same-field-group'; params: { code: string } }
  | { kind: 'same-sector'; params: { code: string } }
  | { kind: 'phrases'; params: { phrases: string[] } }
  | { kind: 'trl-fit'; params: { trl: number; minTrl: number } }
  | { kind: 'trl-below'; params: { trl: number; minTrl: number } }
  | { kind: 'within-budget'; params: { priceVnd: number; budgetVnd: number } }
  | { kind: 'over-budget'; params: { priceVnd: number; budgetVnd: number } }
  | { kind: 'foreign-source'; params: { country: string } };

export type ExplainedReason = MatchReason & { text: { vi: string; en: string } };

/** One signal's verdict: a value in [-1, 1] (0 = no information) and what to tell a person. */
export type SignalResult = { value: number; reason?: MatchReason };

export type RankedMatch = { id: string; score: number; reasons: ExplainedReason[] };
