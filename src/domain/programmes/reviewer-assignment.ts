import { addEdge, createFlowGraph, edgeFlow, residualReach, runMinCostFlow } from './min-cost-flow.js';
import {
  expertiseProfile,
  profileRelevance,
  reviewerConflict,
  type DeclaredConflict,
  type Relevance,
  type ReviewDossier,
  type Reviewer,
} from './reviewer-relevance.js';

export type AssignmentOptions = {
  /** Reviewers per dossier (k). */
  perDossier?: number;
  /** Cost of each further dossier given to the same reviewer, in hundredths of relevance: trades fit for an even load. */
  loadPenalty?: number;
};

export type DossierReviewers = { dossierId: string; reviewers: Array<{ reviewerId: string } & Relevance> };

/**
 * Why no full assignment exists: together these dossiers need `needed` reviews, but the
 * reviewers free of conflicts with them can give only `available` (each at most its capacity,
 * and at most once per dossier it may review). A dossier with fewer than k eligible reviewers
 * is the simplest case.
 */
export type AssignmentShortfall = {
  dossiers: Array<{ dossierId: string; eligibleReviewers: number }>;
  needed: number;
  available: number;
  reviewers: Array<{ reviewerId: string; capacity: number; eligibleDossiers: number }>;
};

export type AssignmentResult = {
  /** The load cap: ⌈k·N/R⌉ + 1 dossiers per reviewer (lower for a reviewer who asked for fewer). */
  cap: number;
  assignments: DossierReviewers[];
  loads: Record<string, number>;
} & ({ ok: true } | { ok: false; shortfall: AssignmentShortfall });

/**
 * Proposes k reviewers per dossier: never one with a conflict (declared, or from an organisation
 * on the dossier), nobody over the cap, and among such assignments the most relevant with loads
 * kept even. It is a minimum-cost flow (source → dossier k → eligible reviewer 1 → sink, each
 * further unit of a reviewer's load costing more), so it finds a full assignment whenever one
 * exists; when none does, the minimum cut names the dossiers that cannot all be served.
 */
export function assignReviewers(
  dossiers: readonly ReviewDossier[],
  pool: readonly Reviewer[],
  declared: readonly DeclaredConflict[],
  options: AssignmentOptions = {},
): AssignmentResult {
  const k = options.perDossier ?? 5;
  const loadPenalty = options.loadPenalty ?? 5;
  const cap = pool.length === 0 ? 0 : Math.ceil((k * dossiers.length) / pool.length) + 1;
  const capacity = pool.map((r) => Math.min(cap, r.maxDossiers ?? cap));

  const source = 0;
  const sink = 1;
  const dossierNode = (d: number) => 2 + d;
  const reviewerNode = (r: number) => 2 + dossiers.length + r;
  const graph = createFlowGraph(2 + dossiers.length + pool.length);
  const pairs: Array<{ edge: number; d: number; r: number; fit: Relevance }> = [];
  const profiles = pool.map(expertiseProfile);
  dossiers.forEach((dossier, d) => {
    const wanted = expertiseProfile(dossier);
    addEdge(graph, source, dossierNode(d), k, 0);
    pool.forEach((reviewer, r) => {
      if (reviewerConflict(reviewer, dossier, declared)) return;
      const fit = profileRelevance(profiles[r], wanted);
      pairs.push({ edge: addEdge(graph, dossierNode(d), reviewerNode(r), 1, Math.round((1 - fit.score) * 100)), d, r, fit });
    });
  });
  capacity.forEach((c, r) => {
    for (let j = 0; j < c; j++) addEdge(graph, reviewerNode(r), sink, 1, loadPenalty * j);
  });

  const { flow } = runMinCostFlow(graph, source, sink, k * dossiers.length);
  const byDossier = dossiers.map(() => [] as typeof pairs);
  const loadOf = pool.map(() => 0);
  for (const p of pairs) {
    if (edgeFlow(graph, p.edge) === 0) continue;
    byDossier[p.d].push(p);
    loadOf[p.r]++;
  }
  const assignments = dossiers.map((dossier, d) => ({
    dossierId: dossier.id,
    reviewers: byDossier[d].sort((a, b) => b.fit.score - a.fit.score).map((p) => ({ reviewerId: pool[p.r].id, ...p.fit })),
  }));
  const loads = Object.fromEntries(pool.map((reviewer, r) => [reviewer.id, loadOf[r]]));
  if (flow === k * dossiers.length) return { ok: true, cap, assignments, loads };

  const reach = residualReach(graph, source);
  const blocked = dossiers.map((_, d) => d).filter((d) => reach[dossierNode(d)]);
  const eligibleIn = pool.map(() => 0);
  const eligibleFor = dossiers.map(() => 0);
  for (const p of pairs) {
    eligibleFor[p.d]++;
    if (reach[dossierNode(p.d)]) eligibleIn[p.r]++;
  }
  const reviewers = pool
    .map((reviewer, r) => ({ reviewerId: reviewer.id, capacity: capacity[r], eligibleDossiers: eligibleIn[r] }))
    .filter((r) => r.eligibleDossiers > 0);
  const shortfall: AssignmentShortfall = {
    dossiers: blocked.map((d) => ({ dossierId: dossiers[d].id, eligibleReviewers: eligibleFor[d] })),
    needed: k * blocked.length,
    available: reviewers.reduce((sum, r) => sum + Math.min(r.capacity, r.eligibleDossiers), 0),
    reviewers,
  };
  return { ok: false, cap, assignments, loads, shortfall };
}
