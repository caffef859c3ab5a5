import { textFeatures } from '../text/tokenise.js';

/** An expert in the pool: S&T field codes (level 2, e.g. "203"), expertise keywords, employer. */
export type Reviewer = {
  id: string;
  organisationId: string | null;
  fieldCodes: readonly string[];
  keywords: readonly string[];
  /** Fewer dossiers than the pool's cap, if the expert said so. */
  maxDossiers?: number | null;
};

/** A dossier to review: its S&T fields, keywords, and the organisations behind it. */
export type ReviewDossier = { id: string; organisationIds: readonly string[]; fieldCodes: readonly string[]; keywords: readonly string[] };

export type DeclaredConflict = { reviewerId: string; dossierId: string };

/** Why a reviewer may not review a dossier: a declared conflict, or working for an organisation on it. */
export function reviewerConflict(reviewer: Reviewer, dossier: ReviewDossier, declared: readonly DeclaredConflict[]): 'declared' | 'same-organisation' | null {
  if (reviewer.organisationId !== null && dossier.organisationIds.includes(reviewer.organisationId)) return 'same-organisation';
  return declared.some((c) => c.reviewerId === reviewer.id && c.dossierId === dossier.id) ? 'declared' : null;
}

export type Relevance = { score: number; fields: string[]; keywords: string[] };

/** Fields and keyword terms (accent-folded syllables and bigrams), computed once per reviewer or dossier. */
export type ExpertiseProfile = { fieldCodes: readonly string[]; terms: ReadonlySet<string> };

/** The profile of a reviewer or a dossier, for profileRelevance. */
export function expertiseProfile(item: { fieldCodes: readonly string[]; keywords: readonly string[] }): ExpertiseProfile {
  return { fieldCodes: item.fieldCodes, terms: new Set(item.keywords.flatMap((k) => textFeatures(k))) };
}

// Fields say more than free keywords; a neighbouring field (same level 1) counts half.
const fieldWeight = 0.6;
const keywordWeight = 0.4;

/**
 * How well a reviewer fits a dossier, 0..1: the share of the dossier's fields the reviewer
 * covers (exact level-2 code 1, same level-1 field ½) and the share of its keyword terms found
 * in the reviewer's keywords; with what matched, for the secretary.
 */
export function profileRelevance(reviewer: ExpertiseProfile, dossier: ExpertiseProfile): Relevance {
  const fields: string[] = [];
  let fieldScore = 0;
  for (const code of dossier.fieldCodes) {
    if (reviewer.fieldCodes.includes(code)) {
      fieldScore += 1;
      fields.push(code);
    } else if (reviewer.fieldCodes.some((own) => own[0] === code[0])) fieldScore += 0.5;
  }
  const keywords = [...dossier.terms].filter((term) => reviewer.terms.has(term));
  const fieldShare = dossier.fieldCodes.length === 0 ? 0 : fieldScore / dossier.fieldCodes.length;
  const keywordShare = dossier.terms.size === 0 ? 0 : keywords.length / dossier.terms.size;
  return { score: fieldWeight * fieldShare + keywordWeight * keywordShare, fields, keywords };
}
