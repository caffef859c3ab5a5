import { describe, expect, it } from 'vitest';
import { assignReviewers } from './reviewer-assignment.js';
import type { DeclaredConflict, ReviewDossier, Reviewer } from './reviewer-relevance.js';
import { mulberry32 } from '../random/mulberry32.js';

// A small seeded generator (domain tests may not import the seed's PRNG from src/db).
function seeded(seed: number) {
  const next = mulberry32(seed);
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

const fields = ['101', '106', '202', '203', '205', '401', '402', '501'];
const words = ['máy sấy', 'chế biến', 'cà phê', 'tự động hóa', 'cơ khí', 'thủy sản', 'vi sinh', 'năng lượng mặt trời'];

function randomInstance(seed: number) {
  const rnd = seeded(seed);
  const orgs = rnd.int(2, 8);
  const pick = <T>(items: readonly T[]) => items[rnd.int(0, items.length - 1)];
  const dossiers: ReviewDossier[] = Array.from({ length: rnd.int(1, 25) }, (_, i) => ({
    id: `d${i}`,
    organisationIds: [`o${rnd.int(1, orgs)}`, ...(rnd.next() < 0.3 ? [`o${rnd.int(1, orgs)}`] : [])],
    fieldCodes: [pick(fields)],
    keywords: [pick(words), pick(words)],
  }));
  const pool: Reviewer[] = Array.from({ length: rnd.int(1, 14) }, (_, i) => ({
    id: `r${i}`,
    organisationId: `o${rnd.int(1, orgs)}`,
    fieldCodes: [pick(fields), pick(fields)],
    keywords: [pick(words)],
    maxDossiers: rnd.next() < 0.1 ? rnd.int(0, 3) : null,
  }));
  const declared: DeclaredConflict[] = dossiers.flatMap((d) => pool.filter(() => rnd.next() < 0.15).map((r) => ({ reviewerId: r.id, dossierId: d.id })));
  return { dossiers, pool, declared, k: rnd.int(1, 5) };
}

describe('reviewer assignment', () => {
  it('on random instances never assigns a conflicted reviewer nor more than ⌈k·N/R⌉ + 1 dossiers, and proves any failure', () => {
    const outcomes = { ok: 0, failed: 0 };
    for (let seed = 1; seed <= 400; seed++) {
      const { dossiers, pool, declared, k } = randomInstance(seed);
      const result = assignReviewers(dossiers, pool, declared, { perDossier: k });
      const limit = Math.ceil((k * dossiers.length) / pool.length) + 1;
      const eligible = (r: Reviewer, d: ReviewDossier) =>
        !d.organisationIds.includes(r.organisationId ?? '') && !declared.some((c) => c.reviewerId === r.id && c.dossierId === d.id);
      const capacityOf = (r: Reviewer) => Math.min(limit, r.maxDossiers ?? limit);

      const load = new Map<string, number>();
      const problems: string[] = [];
      for (const a of result.assignments) {
        const dossier = dossiers.find((d) => d.id === a.dossierId) as ReviewDossier;
        const ids = a.reviewers.map((r) => r.reviewerId);
        if (new Set(ids).size !== ids.length) problems.push(`${a.dossierId} has a reviewer twice`);
        for (const id of ids) {
          if (!eligible(pool.find((r) => r.id === id) as Reviewer, dossier)) problems.push(`${id} is conflicted with ${a.dossierId}`);
          load.set(id, (load.get(id) ?? 0) + 1);
        }
      }
      for (const reviewer of pool) if ((load.get(reviewer.id) ?? 0) > capacityOf(reviewer)) problems.push(`${reviewer.id} is over the cap`);
      expect(problems, `seed ${seed}`).toEqual([]);

      if (result.ok) {
        outcomes.ok++;
        expect(
          result.assignments.every((a) => a.reviewers.length === k),
          `seed ${seed}`,
        ).toBe(true);
      } else {
        outcomes.failed++;
        // Check the certificate from the instance alone: these dossiers need more reviews than anyone could give them.
        const blocked = dossiers.filter((d) => result.shortfall.dossiers.some((s) => s.dossierId === d.id));
        const canGive = pool.reduce((sum, r) => sum + Math.min(capacityOf(r), blocked.filter((d) => eligible(r, d)).length), 0);
        expect(canGive, `seed ${seed}`).toBeLessThan(k * blocked.length);
        expect(result.shortfall).toMatchObject({ needed: k * blocked.length, available: canGive });
      }
    }
    expect(outcomes.ok).toBeGreaterThan(50);
    expect(outcomes.failed).toBeGreaterThan(20);
  });

  it('prefers the reviewers whose fields and keywords fit the dossier', () => {
    const dossier: ReviewDossier = { id: 'd1', organisationIds: ['ent-1'], fieldCodes: ['203'], keywords: ['máy sấy nông sản'] };
    const pool: Reviewer[] = [
      { id: 'chemist', organisationId: 'u1', fieldCodes: ['104'], keywords: ['hóa dầu'] },
      { id: 'dryer', organisationId: 'u2', fieldCodes: ['203'], keywords: ['may say', 'nông sản'] },
      { id: 'mechanic', organisationId: 'u3', fieldCodes: ['203'], keywords: ['khuôn mẫu'] },
      { id: 'electric', organisationId: 'u4', fieldCodes: ['202'], keywords: [] },
    ];
    const result = assignReviewers([dossier], pool, [], { perDossier: 2 });
    expect(result.assignments[0].reviewers.map((r) => r.reviewerId)).toEqual(['dryer', 'mechanic']);
    expect(result.assignments[0].reviewers[0]).toMatchObject({ fields: ['203'], keywords: expect.arrayContaining(['may say', 'nong san']) });
  });

  it('spreads equally relevant reviewers evenly', () => {
    const dossiers = Array.from({ length: 12 }, (_, i): ReviewDossier => ({ id: `d${i}`, organisationIds: [], fieldCodes: ['203'], keywords: [] }));
    const pool = Array.from({ length: 7 }, (_, i): Reviewer => ({ id: `r${i}`, organisationId: null, fieldCodes: ['203'], keywords: [] }));
    const result = assignReviewers(dossiers, pool, []);
    const loads = Object.values(result.loads);
    expect(result.ok).toBe(true);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it('explains a dossier that has too few reviewers free of conflicts', () => {
    const dossiers: ReviewDossier[] = [
      { id: 'd1', organisationIds: ['o1'], fieldCodes: ['203'], keywords: [] },
      { id: 'd2', organisationIds: ['o9'], fieldCodes: ['203'], keywords: [] },
    ];
    const pool = Array.from({ length: 6 }, (_, i): Reviewer => ({ id: `r${i}`, organisationId: i < 3 ? 'o1' : `x${i}`, fieldCodes: ['203'], keywords: [] }));
    const result = assignReviewers(dossiers, pool, [], { perDossier: 4 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.shortfall).toMatchObject({ dossiers: [{ dossierId: 'd1', eligibleReviewers: 3 }], needed: 4, available: 3 });
    expect(result.assignments.find((a) => a.dossierId === 'd2')?.reviewers).toHaveLength(4);
  });
});
