import { randomBytes } from 'node:crypto';
import type { Db, Executor } from '../../../db/client.js';
import { evaluateEligibility, type EligibilityRule, type EvidenceItem, type InnovationActivity } from '../../../domain/programmes/award-eligibility.js';
import { defaultRankingRule, rankNominees, type TieDecision } from '../../../domain/programmes/award-ranking.js';
import type { AwardRoundBody, Evidence, TieBody } from '../../../shared/councils/councils.schemas.js';
import type { z } from 'zod';
import { AppError, FieldError, notFound } from '../../errors.js';
import type { KeyKind } from '../../keyset-page.repository.js';
import { sortedPage } from '../../sorted-page.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { consolidatedReviews } from '../councils/councils.service.js';
import {
  authorizeBreakTie,
  canBreakTie,
  canReadRanking,
  authorizeListEligible,
  authorizeManageRounds,
  authorizeNominate,
  authorizeReadNomination,
  canListEligible,
  canManageRounds,
  departmentIds,
  nominatingOrganisation,
  visibleProvince,
  type DepartmentScope,
} from './award.policy.js';
import * as repo from './award.repository.js';

async function departmentScope(db: Db, actor: Actor | null): Promise<DepartmentScope> {
  if (!actor) return { provinces: [] };
  const rows = await repo.organisationProvinces(db, departmentIds(actor));
  return { provinces: rows.flatMap((r) => (r.provinceCode ? [r.provinceCode] : [])) };
}

const ruleOf = (round: repo.RoundRow): EligibilityRule => ({
  periodFrom: `${round.fromYear}-01-01`,
  periodTo: `${round.toYear}-12-31`,
  qualifyingActivities: round.rule.qualifyingActivities as InnovationActivity[],
  minActivities: round.rule.minActivities,
});

function roundOut(round: repo.RoundRow, nominations: number, honourees: number) {
  return {
    id: round.id,
    name: round.name,
    nameEn: round.nameEn,
    fromYear: round.fromYear,
    toYear: round.toYear,
    maxHonourees: round.maxHonourees,
    qualifyingActivities: round.rule.qualifyingActivities as InnovationActivity[],
    minActivities: round.rule.minActivities,
    rankedAt: round.rankedAt?.toISOString() ?? null,
    nominations,
    honourees,
  };
}

async function loadRound(db: Executor, id: string, lock = false) {
  const round = await repo.findRound(db, id, lock);
  if (!round) throw notFound('award-round');
  return round;
}

/** A page of award rounds, oldest first, with the real total. */
export async function listRounds(db: Db, actor: Actor | null, query: { cursor?: string; limit: number }) {
  const { rows, total, nextCursor } = await repo.listRounds(db, query);
  return { items: rows.map((r) => roundOut(r.round, r.nominations, r.honourees)), total, nextCursor, canCreate: canManageRounds(actor) };
}

export async function createRound(db: Db, actor: Actor, ctx: AuditContext, body: z.infer<typeof AwardRoundBody>) {
  authorizeManageRounds(actor);
  return db.transaction(async (tx) => {
    const round = await repo.insertRound(tx, {
      name: body.name,
      nameEn: body.nameEn ?? null,
      fromYear: body.fromYear,
      toYear: body.toYear,
      maxHonourees: body.maxHonourees,
      rule: { qualifyingActivities: body.qualifyingActivities, minActivities: body.minActivities },
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, { action: 'award.round-create', entityType: 'award-round', entityId: round.id, after: round });
    return { id: round.id };
  });
}

/** What TechBridge holds for a period: transfers received (contracts, connections reaching contract or transfer) and IP in offers. */
async function evidenceFor(db: Executor, round: repo.RoundRow): Promise<{ items: EvidenceItem[]; titles: Map<string, string> }> {
  const rule = ruleOf(round);
  const { contracts, stages } = await repo.transferEvidence(db, rule.periodFrom, rule.periodTo);
  const ip = await repo.ipEvidence(db);
  const items: EvidenceItem[] = [];
  const titles = new Map<string, string>();
  for (const c of contracts) {
    for (const p of c.parties) {
      if (p.role !== 'transferee' || !p.organisationId) continue;
      const id = `agreement:${c.id}:${p.organisationId}`;
      items.push({
        id,
        enterpriseId: p.organisationId,
        activity: 'technology-transfer-received',
        source: { kind: 'agreement', recordId: c.id },
        date: c.signedOn,
      });
      titles.set(id, c.title);
    }
  }
  for (const s of stages) {
    const id = `connection:${s.connectionId}`;
    items.push({
      id,
      enterpriseId: s.enterpriseId as string,
      activity: 'technology-transfer-received',
      source: { kind: 'connection', recordId: s.connectionId },
      date: s.occurredOn,
    });
    titles.set(id, [s.offerTitle, s.supplierName].filter(Boolean).join(' — ') || s.connectionId);
  }
  for (const o of ip) {
    const id = `offer:${o.id}`;
    const date = o.validFrom ?? o.createdAt.toISOString().slice(0, 10);
    items.push({ id, enterpriseId: o.enterpriseId as string, activity: 'industrial-property', source: { kind: 'offer-ip', recordId: o.id }, date });
    titles.set(id, o.title);
  }
  return { items, titles };
}

const evidenceOut = (items: EvidenceItem[], titles: Map<string, string>): Evidence[] =>
  items.map((e) => ({ activity: e.activity, sourceKind: e.source.kind, recordId: e.source.recordId, date: e.date, title: titles.get(e.id) ?? '' }));

/** The eligible enterprises of a round with their evidence, most activities first (the demo seed nominates from it too). */
export async function eligibility(db: Executor, round: repo.RoundRow) {
  const { items, titles } = await evidenceFor(db, round);
  const ids = [...new Set(items.map((e) => e.enterpriseId))];
  const orgs = (await repo.enterprises(db, ids)).filter((o) => o.kind === 'enterprise');
  const rule = ruleOf(round);
  return orgs
    .map((o) => ({ org: o, result: evaluateEligibility(o.id, items, rule) }))
    .filter((e) => e.result.eligible)
    .map((e) => ({ ...e, evidence: evidenceOut(e.result.evidence, titles) }))
    .sort((a, b) => b.result.activities.length - a.result.activities.length || a.org.name.localeCompare(b.org.name, 'vi'));
}

/** The order `eligibility` sorts by, as sort values for the pages: most activities first, then name, then id. */
const eligibleOrder = {
  kinds: ['integer', 'text', 'uuid'] as KeyKind[],
  key: (e: { activities: unknown[]; enterpriseName: string; enterpriseId: string }) => [e.activities.length, e.enterpriseName, e.enterpriseId],
  compare: (x: unknown[], y: unknown[]) =>
    (y[0] as number) - (x[0] as number) || (x[1] as string).localeCompare(y[1] as string, 'vi') || (x[2] as string).localeCompare(y[2] as string),
};

/**
 * The enterprises eligible for a round from what TechBridge holds, with the evidence; a department sees its province.
 * Every one may be nominated, so this is the whole list a page at a time, not a ranked best few.
 */
export async function eligibleList(db: Db, actor: Actor, roundId: string, page: { cursor?: string; limit: number }) {
  const round = await loadRound(db, roundId);
  const scope = await departmentScope(db, actor);
  authorizeListEligible(actor, scope);
  const nominated = new Map((await repo.nominationsOf(db, roundId)).map((n) => [n.nomination.enterpriseId, n.nomination.id]));
  const items = (await eligibility(db, round))
    .filter((e) => visibleProvince(actor, scope, e.org.provinceCode))
    .map((e) => ({
      enterpriseId: e.org.id,
      enterpriseName: e.org.name,
      provinceCode: e.org.provinceCode,
      activities: e.result.activities,
      evidence: e.evidence,
      nominationId: nominated.get(e.org.id) ?? null,
    }));
  return sortedPage(items, eligibleOrder, page);
}

/** A department nominates an eligible enterprise of its province in one action; the evidence is attached as it stands. */
export async function nominate(db: Db, actor: Actor, ctx: AuditContext, roundId: string, enterpriseId: string) {
  const round = await loadRound(db, roundId);
  if (round.rankedAt) throw new AppError('INVALID_TRANSITION', { reason: 'round_ranked' });
  const scope = await departmentScope(db, actor);
  const [enterprise] = await repo.enterprises(db, [enterpriseId]);
  if (!enterprise) throw new FieldError([{ path: 'enterpriseId', key: 'unknown_organisation' }]);
  authorizeNominate(actor, scope, enterprise.provinceCode);
  const found = (await eligibility(db, round)).find((e) => e.org.id === enterpriseId);
  if (!found) throw new FieldError([{ path: 'enterpriseId', key: 'not_eligible' }]);
  const department = nominatingOrganisation(actor);
  if (!department) throw new AppError('FORBIDDEN', { reason: 'not_award_staff' });
  return db.transaction(async (tx) => {
    const row = await repo.insertNomination(tx, {
      roundId,
      enterpriseId,
      nominatingOrganisationId: department,
      provinceCode: enterprise.provinceCode,
      evidence: found.evidence,
      activities: found.result.activities,
      nominatedBy: actor.userId,
    });
    if (!row) throw new AppError('ALREADY_EXISTS', { reason: 'already_nominated' });
    await recordAudit(tx, ctx, { action: 'award.nominate', entityType: 'award-nomination', entityId: row.id, after: row });
    return { id: row.id };
  });
}

function nominationOut(n: repo.NominationRow, enterpriseName: string, tier: number | null) {
  return {
    id: n.id,
    enterpriseId: n.enterpriseId,
    enterpriseName,
    provinceCode: n.provinceCode,
    activities: n.activities as InnovationActivity[],
    evidence: n.evidence as Evidence[],
    provincialScore: n.provincialScore,
    ministryScore: n.ministryScore,
    tier,
  };
}

export async function roundDetail(db: Db, actor: Actor | null, roundId: string) {
  const round = await loadRound(db, roundId);
  const rows = await repo.nominationsOf(db, roundId);
  const scope = await departmentScope(db, actor);
  const staff = !!actor && canListEligible(actor, scope);
  const visible = staff && actor ? rows.filter((r) => visibleProvince(actor, scope, r.nomination.provinceCode)) : [];
  return {
    ...roundOut(round, rows.length, rows.filter((r) => r.tier !== null).length),
    canManage: canManageRounds(actor),
    canNominate: scope.provinces.length > 0 && !round.rankedAt,
    canReadRanking: !!actor && canReadRanking(actor, await repo.ministryOfficers(db, roundId)),
    nominations: visible.map((r) => nominationOut(r.nomination, r.enterpriseName, r.tier)),
  };
}

/** A nomination with every council's consensus, for the nominee, its department and the agency. */
export async function nominationDetail(db: Db, actor: Actor, id: string) {
  const [row] = await repo.nominationsByIds(db, [id]);
  if (!row) throw notFound('award-nomination');
  authorizeReadNomination(actor, row.nomination);
  const reviews = await consolidatedReviews(db, 'award-nomination', [id]);
  return {
    ...nominationOut(row.nomination, row.enterpriseName, row.tier),
    roundId: row.nomination.roundId,
    roundName: row.roundName,
    reviews: reviews.map((r) => ({ councilName: r.councilName, councilKind: r.councilKind, form: r.form, result: r.result })),
    certificateCode: row.certificateCode,
  };
}

/** The ranking by the ministry council's scores, with the chair's recorded tie decisions. */
async function computeRanking(db: Executor, round: repo.RoundRow) {
  const rows = await repo.nominationsOf(db, round.id);
  const reviews = (
    await consolidatedReviews(
      db,
      'award-nomination',
      rows.map((r) => r.nomination.id),
    )
  ).filter((r) => r.councilKind === 'award-ministry');
  const decisions: TieDecision[] = (await repo.tieDecisions(db, round.id)).map((d) => ({
    dossierIds: d.nominationIds,
    decidedBy: d.decidedBy ?? '',
    decidedAt: d.decidedAt,
    note: d.note,
  }));
  const result = rankNominees(
    reviews.map((r) => ({ dossierId: r.dossierId, scores: r.totals.map((t) => ({ scorerId: t.memberId, total: t.total })) })),
    { ...defaultRankingRule, maxHonourees: round.maxHonourees },
    decisions,
  );
  const names = new Map(rows.map((r) => [r.nomination.id, r.enterpriseName]));
  return { result, names };
}

function rankingOut(result: ReturnType<typeof rankNominees>, names: Map<string, string>, canBreakTies: boolean) {
  return {
    complete: result.complete,
    canBreakTies,
    ranked: result.ranked.map((r) => ({
      nominationId: r.dossierId,
      enterpriseName: names.get(r.dossierId) ?? '',
      score: r.score,
      scorers: r.scorers,
      position: r.position,
      tier: r.tier,
      honoured: r.honoured,
    })),
    notRankable: result.notRankable.map((n) => ({ nominationId: n.dossierId, scorers: n.scorers })),
    ties: result.ties.map((t) => ({
      boundaries: t.boundaries,
      score: t.score,
      nominationIds: t.dossierIds,
      decision: t.decision ? { decidedBy: t.decision.decidedBy, decidedAt: t.decision.decidedAt.toISOString(), note: t.decision.note } : null,
    })),
  };
}

export async function ranking(db: Db, actor: Actor, roundId: string) {
  const round = await loadRound(db, roundId);
  const officers = await repo.ministryOfficers(db, roundId);
  if (!canReadRanking(actor, officers)) throw new AppError('FORBIDDEN', { reason: 'not_award_staff' });
  const { result, names } = await computeRanking(db, round);
  return rankingOut(result, names, canBreakTie(actor, officers) && !round.rankedAt);
}

/**
 * The chair (or the secretary, recording the chair's decision) orders a group of equal scores at a
 * boundary; the decision is recorded with who and when. A decided tie stays decided, and a
 * published ranking is not reordered.
 */
export async function breakTie(db: Db, actor: Actor, ctx: AuditContext, roundId: string, body: z.infer<typeof TieBody>) {
  // Decided under the round's lock: two decisions on one tie at once make one, and a ranking being published waits.
  return db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId, true);
    authorizeBreakTie(actor, await repo.ministryOfficers(tx, roundId));
    if (round.rankedAt) throw new AppError('INVALID_TRANSITION', { reason: 'round_ranked' });
    const { result } = await computeRanking(tx, round);
    const tie = result.ties.find((t) => t.dossierIds.length === body.nominationIds.length && body.nominationIds.every((id) => t.dossierIds.includes(id)));
    if (!tie || new Set(body.nominationIds).size !== body.nominationIds.length) throw new FieldError([{ path: 'nominationIds', key: 'not_a_tie' }]);
    if (tie.decision) throw new FieldError([{ path: 'nominationIds', key: 'tie_already_decided' }]);
    const row = await repo.insertTieDecision(tx, { roundId, nominationIds: body.nominationIds, note: body.note ?? null, decidedBy: actor.userId });
    await recordAudit(tx, ctx, { action: 'award.tie-break', entityType: 'award-round', entityId: roundId, after: row });
    return { id: row.id };
  });
}

/** Publishes the honourees: at most N in three tiers; refused while a tie at a boundary is undecided, or once published. */
export async function publishRanking(db: Db, actor: Actor, ctx: AuditContext, roundId: string) {
  return db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId, true);
    authorizeManageRounds(actor);
    if (round.rankedAt) throw new AppError('INVALID_TRANSITION', { reason: 'round_ranked' });
    const { result, names } = await computeRanking(tx, round);
    if (!result.complete) throw new AppError('INVALID_TRANSITION', { reason: 'ties_undecided' });
    if (result.honourees.length === 0) throw new AppError('INVALID_TRANSITION', { reason: 'nobody_ranked' });
    await repo.replaceHonourees(
      tx,
      roundId,
      result.honourees.map((h) => ({
        nominationId: h.dossierId,
        roundId,
        tier: h.tier as number,
        position: h.position,
        score: h.score,
        certificateCode: randomBytes(9).toString('base64url'),
      })),
    );
    await repo.markRanked(tx, roundId, new Date());
    await recordAudit(tx, ctx, {
      action: 'award.rank',
      entityType: 'award-round',
      entityId: roundId,
      after: { honourees: result.honourees, ties: result.ties },
    });
    return rankingOut(result, names, false);
  });
}

export async function honourees(db: Db, roundId: string) {
  const round = await loadRound(db, roundId);
  const rows = await repo.honoureesOf(db, roundId);
  const nominations = await repo.nominationCount(db, roundId);
  return {
    round: roundOut(round, nominations, rows.length),
    items: rows.map((r) => ({
      enterpriseName: r.enterpriseName,
      provinceCode: r.provinceCode,
      tier: r.honouree.tier,
      position: r.honouree.position,
      score: r.honouree.score,
      certificateCode: r.honouree.certificateCode,
    })),
  };
}

export async function verify(db: Db, code: string) {
  const row = await repo.honoureeByCode(db, code);
  if (!row) throw notFound('award-certificate');
  return {
    valid: true,
    enterpriseName: row.enterpriseName,
    roundName: row.round.name,
    roundNameEn: row.round.nameEn,
    fromYear: row.round.fromYear,
    toYear: row.round.toYear,
    tier: row.honouree.tier,
    score: row.honouree.score,
    certificateCode: row.honouree.certificateCode,
  };
}
