/**
 * A technology-assessment methodology as data (issue 14): groups, criteria, questions, scoring
 * rules, sector benchmarks, the synchronisation coefficient and the level bands. Agency staff
 * edit it and publish versions; an assessment keeps the version it was scored with.
 * Every part that may not match the published legal text carries `verified: false` and a note.
 */

/** Text in both interface languages, Vietnamese in NFC. */
export type Text = { vi: string; en: string };

/** Whether a part has been checked against the published text, and why not or where. */
export type Provenance = { verified: boolean; note?: Text; source?: string };

export type MethodologyStatus = 'draft' | 'published';

/** How a "don't know", "not applicable" or a missing benchmark is scored. */
export type Fallback = { kind: 'zero' } | { kind: 'exclude' } | { kind: 'fixed'; points: number };

export type Option = { id: string; label: Text; points: number };

export type AnswerSpec =
  | { kind: 'number'; unit: Text; min?: number; max?: number; integer: boolean }
  | { kind: 'percentage' }
  | { kind: 'choice'; options: Option[] }
  | { kind: 'yes-no'; points: { yes: number; no: number } }
  | { kind: 'multi-select'; options: Option[] };

export type Question = {
  /** Unique in the methodology (not only in its criterion): rules of other criteria may use it. */
  id: string;
  label: Text;
  help?: Text;
  example?: Text;
  answer: AnswerSpec;
  /** `null`: the answer is not allowed for this question. */
  dontKnow: Fallback | null;
  notApplicable: Fallback | null;
};

/** A number a rule reads: one answer, or the ratio of two (times `multiplier`, e.g. 100 for a percentage). */
export type ValueSource =
  { kind: 'answer'; question: string } | { kind: 'ratio'; numerator: string; denominator: string; multiplier: number; label: Text; unit: Text };

/** A point of a piecewise function: at value `at` the rule gives `points`. */
export type BandPoint = { at: number; points: number };

/** `linear` interpolates between points (flat beyond the ends); `step` gives the points of the last threshold reached (0 below the first). */
export type BandMode = 'linear' | 'step';

export type Rule =
  /** Points of the chosen option (choice), of yes or no, or the sum of the selected options (multi-select). */
  | { kind: 'option-points'; question: string }
  | { kind: 'bands'; value: ValueSource; mode: BandMode; bands: BandPoint[] }
  /** Bands on the value divided by the sector's benchmark (`at` 1 = at the benchmark). */
  | { kind: 'benchmark'; value: ValueSource; benchmark: string; mode: BandMode; bands: BandPoint[]; missing: Fallback }
  | { kind: 'sum'; rules: Rule[] }
  | { kind: 'max'; rules: Rule[] };

/** What kind of help closes a gap: equipment and process → offers; skills and management → experts; rd and innovation → programmes. */
export const gapKinds = ['equipment', 'process', 'skills', 'management', 'rd', 'innovation'] as const;
export type GapKind = (typeof gapKinds)[number];

export type Criterion = Provenance & {
  code: string;
  group: string;
  number: number;
  name: Text;
  help: Text;
  maxPoints: number;
  gapKind: GapKind;
  /** A concrete next step shown beside a weak result, and words to find matching offers or experts. */
  nextStep: Text;
  keywords: { vi: string[]; en: string[] };
  questions: Question[];
  /** The result is capped at `maxPoints` and floored at 0. */
  scoring: Provenance & { rule: Rule };
};

export type Group = Provenance & { code: string; name: Text; maxPoints: number };

/** Reference values per VSIC division (two digits, e.g. "10"); `default` when a division has none. */
export type Benchmark = Provenance & { id: string; name: Text; unit: Text; bySector: Record<string, number>; default?: number };

/** A small set of named formulas over the group shares (points ÷ group maximum). */
export type CoefficientFormula =
  | { kind: 'min-max-ratio' }
  | { kind: 'one-minus-cv' }
  | { kind: 'geometric-arithmetic-ratio'; weights: Record<string, number> }
  | { kind: 'weighted-geometric-mean'; weights: Record<string, number> };

export type LevelBand = { code: string; name: Text; minTotal: number; minCoefficient: number };

export type Methodology = Provenance & {
  id: string;
  code: string;
  version: number;
  name: Text;
  legalReference: { document: string; title: Text; issuedOn?: string; url?: string };
  status: MethodologyStatus;
  totalPoints: number;
  groups: Group[];
  criteria: Criterion[];
  benchmarks: Benchmark[];
  coefficient: Provenance & { formula: CoefficientFormula };
  /** Ordered from the lowest; a result takes the highest band whose both minimums it reaches. */
  levels: Provenance & { bands: LevelBand[] };
};
