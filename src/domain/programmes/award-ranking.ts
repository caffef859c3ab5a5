import { mean } from './statistics.js';

/** One nomination's scores from the ministry's council: each scorer's weighted total. */
export type NomineeScores = { dossierId: string; scores: ReadonlyArray<{ scorerId: string; total: number }> };

/** Three tiers (nhóm 1–3) by shares of the honourees, best first, or by minimum scores. */
export type TierRule = { kind: 'shares'; shares: readonly [number, number, number] } | { kind: 'thresholds'; minScores: readonly [number, number, number] };

export type RankingRule = {
  maxHonourees: number;
  /** A nomination scored by fewer is not ranked (reported instead). */
  minScorers: number;
  /** Below this mean nobody is honoured, whatever the room left. */
  minScore: number;
  tiers: TierRule;
  /** Means are compared rounded to this many decimals, as published. */
  decimals: number;
};

/** Up to 100 honourees, means of at least four scorers; tiers of 20% / 30% / 50% (our default, adjust as data). */
export const defaultRankingRule: RankingRule = {
  maxHonourees: 100,
  minScorers: 4,
  minScore: 0,
  tiers: { kind: 'shares', shares: [0.2, 0.3, 0.5] },
  decimals: 2,
};

/** The chair's order for a group of equal scores, best first: required where the group straddles a boundary. */
export type TieDecision = { dossierIds: readonly string[]; decidedBy: string; decidedAt: Date; note: string | null };

export type Boundary = 'tier-1/2' | 'tier-2/3' | 'cut-off';
export type TieRecord = { boundaries: Boundary[]; score: number; dossierIds: string[]; decision: TieDecision | null };
export type Tier = 1 | 2 | 3;
/** `tier` and `honoured` are null for members of a tie the chair has not decided yet. */
export type RankedNominee = { dossierId: string; score: number; scorers: number; position: number; tier: Tier | null; honoured: boolean | null };

export type RankingResult = {
  /** Every tie at a boundary is decided: the honourees and tiers are final. */
  complete: boolean;
  ranked: RankedNominee[];
  honourees: RankedNominee[];
  notRankable: Array<{ dossierId: string; scorers: number }>;
  ties: TieRecord[];
  unresolved: TieRecord[];
};

// The chair's order must name each member of the tie exactly once.
const sameMembers = (order: readonly string[], group: readonly string[]) =>
  order.length === group.length && new Set(order).size === group.length && order.every((id) => group.includes(id));

/**
 * Ranks nominations by mean score and assigns at most `maxHonourees` to three tiers. Equal scores
 * straddling a tier boundary or the cut-off need the chair's decision (matched by the group's
 * members); the result records every such tie with its decision, or lists it as unresolved.
 */
export function rankNominees(
  nominees: readonly NomineeScores[],
  rule: RankingRule = defaultRankingRule,
  decisions: readonly TieDecision[] = [],
): RankingResult {
  const notRankable: RankingResult['notRankable'] = [];
  const scored: Array<{ dossierId: string; score: number; scorers: number }> = [];
  for (const nominee of nominees) {
    const byScorer = new Map(nominee.scores.map((s) => [s.scorerId, s.total]));
    if (byScorer.size < rule.minScorers) notRankable.push({ dossierId: nominee.dossierId, scorers: byScorer.size });
    else scored.push({ dossierId: nominee.dossierId, score: Number(mean([...byScorer.values()]).toFixed(rule.decimals)), scorers: byScorer.size });
  }
  const floor = rule.tiers.kind === 'thresholds' ? Math.max(rule.minScore, rule.tiers.minScores[2]) : rule.minScore;
  const honourable = scored.filter((s) => s.score >= floor).length;
  const h = Math.min(rule.maxHonourees, honourable);
  const tierOfPosition = tierByPosition(rule.tiers, h);

  // Groups of equal score, best first; ties at a boundary are ordered by the chair, others by id.
  scored.sort((a, b) => b.score - a.score || a.dossierId.localeCompare(b.dossierId));
  const boundaries = boundaryPositions(rule.tiers, h);
  const ties: TieRecord[] = [];
  const ordered: typeof scored = [];
  const undecided = new Set<string>();
  for (let start = 0; start < scored.length;) {
    let end = start;
    while (end < scored.length && scored[end].score === scored[start].score) end++;
    let group = scored.slice(start, end);
    const crossed = boundaries.filter((b) => b.position > start && b.position < end).map((b) => b.name);
    if (crossed.length > 0) {
      const ids = group.map((g) => g.dossierId);
      const decision = decisions.find((d) => sameMembers(d.dossierIds, ids)) ?? null;
      ties.push({ boundaries: crossed, score: group[0].score, dossierIds: ids, decision });
      if (decision) group = decision.dossierIds.map((id) => group.find((g) => g.dossierId === id) as (typeof group)[number]);
      else ids.forEach((id) => undecided.add(id));
    }
    ordered.push(...group);
    start = end;
  }

  const ranked = ordered.map((s, i): RankedNominee => {
    const position = i + 1;
    const settled = (value: (p: number) => Tier | boolean | null) => {
      if (!undecided.has(s.dossierId)) return value(position);
      const span = ordered.map((o, j) => (o.score === s.score ? value(j + 1) : undefined)).filter((v) => v !== undefined);
      return span.every((v) => v === span[0]) ? span[0] : null;
    };
    const honoured = (p: number) => p <= h && s.score >= floor;
    return {
      ...s,
      position,
      tier: settled((p) => (honoured(p) ? tierOfPosition(p, s.score) : null)) as Tier | null,
      honoured: settled(honoured) as boolean | null,
    };
  });
  const unresolved = ties.filter((t) => t.decision === null);
  return { complete: unresolved.length === 0, ranked, honourees: ranked.filter((r) => r.honoured === true), notRankable, ties, unresolved };
}

/**
 * How many honourees each tier holds, best tier first. Tiers fill from the top: a tier is never
 * empty while a lower one holds someone (with the default shares one honouree is in tier 1, two
 * are in tiers 1 and 2, three or more fill all three), and otherwise the sizes follow the shares by
 * largest remainder (100 honourees at 20/30/50% give exactly 20, 30 and 50; an equal remainder favours the higher tier).
 */
export function tierSizes(shares: readonly [number, number, number], h: number): [number, number, number] {
  if (h <= 0) return [0, 0, 0];
  const total = shares[0] + shares[1] + shares[2];
  // Quotas rounded to 9 decimals so that 0.29 × 100 counts as 29, not 28.999…
  const quotas = shares.map((s) => Number(((h * s) / total).toFixed(9)));
  const sizes = quotas.map(Math.floor) as [number, number, number];
  const byRemainder = [0, 1, 2].sort((a, b) => quotas[b] - sizes[b] - (quotas[a] - sizes[a]) || a - b);
  for (let left = h - (sizes[0] + sizes[1] + sizes[2]), i = 0; left > 0; left--, i++) sizes[byRemainder[i % 3]]++;
  // No gap: an empty tier above a non-empty one takes a seat from the fullest tier below it (the lowest of equals).
  for (let tier = 0; tier < Math.min(h, 3); tier++) {
    if (sizes[tier] > 0) continue;
    const donor = [2, 1].filter((t) => t > tier && sizes[t] > 0).sort((a, b) => sizes[b] - sizes[a] || b - a)[0];
    if (donor === undefined) break;
    sizes[donor]--;
    sizes[tier]++;
  }
  return sizes;
}

function tierByPosition(rule: TierRule, h: number): (position: number, score: number) => Tier {
  if (rule.kind === 'thresholds') return (_, score) => (score >= rule.minScores[0] ? 1 : score >= rule.minScores[1] ? 2 : 3);
  const [first, second] = tierSizes(rule.shares, h);
  return (position) => (position <= first ? 1 : position <= first + second ? 2 : 3);
}

/** Where ranks split: after position p means between p and p+1. Threshold tiers split by score, so only the cut-off can tie. */
function boundaryPositions(rule: TierRule, h: number): Array<{ name: Boundary; position: number }> {
  const cutOff = { name: 'cut-off' as const, position: h };
  if (rule.kind === 'thresholds') return [cutOff];
  const [first, second] = tierSizes(rule.shares, h);
  // A tier boundary at the last honouree (the lower tiers empty) is the cut-off itself.
  const tiers = [
    { name: 'tier-1/2' as const, position: first },
    { name: 'tier-2/3' as const, position: first + second },
  ].filter((b, i, all) => b.position > 0 && b.position < h && all.findIndex((o) => o.position === b.position) === i);
  return [...tiers, cutOff];
}
