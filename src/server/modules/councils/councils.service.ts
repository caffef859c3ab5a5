import type { Db, Executor } from '../../../db/client.js';
import { checkComposition } from '../../../domain/programmes/council-composition.js';
import { isScorer, type CompositionRule, type CouncilKind, type CouncilRole } from '../../../domain/programmes/council-rules.js';
import { assignReviewers } from '../../../domain/programmes/reviewer-assignment.js';
import { consolidateScores } from '../../../domain/programmes/score-consolidation.js';
import { saveScores, submitSheet, type ScoreSheet } from '../../../domain/programmes/score-sheets.js';
import { defaultTaskScoringForm, validateForm, validateRules, weightedTotal, type ScoringForm } from '../../../domain/programmes/scoring-forms.js';
import type {
  AssignmentsBody,
  CouncilBody,
  CouncilRulesBody,
  ConsolidateBody,
  Consensus,
  DeclarationBody,
  DossiersBody,
  DossierKind,
  SheetBody,
} from '../../../shared/councils/councils.schemas.js';
import { compositionMessage } from '../../../shared/councils/council-messages.js';
import type { Language } from '../../../shared/i18n/language.js';
import type { z } from 'zod';
import { AppError, FieldError, notFound, type FieldProblem } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import {
  authorizeConsolidate,
  authorizeConvene,
  authorizeDeclare,
  authorizeManageCouncil,
  authorizeOpenDossier,
  authorizeScore,
  authorizeEditRules,
  canConsolidate,
  canCreateCouncils,
  canEditCompositionRules,
  canEditRules,
  canManageCouncil,
  canSeeAllSheets,
  convenerChoices,
  seesEveryCouncil,
  seesWholeCouncil,
  seesWholeDossier,
  secretaryExcluded,
  isSecretary,
  memberAccess,
  mustDeclare,
  type DossierAccess,
} from './councils.policy.js';
import { compositionRules } from './composition-rules.service.js';
import * as repo from './councils.repository.js';
import { dossierSources, loadDossiers, type DossierView } from './dossier-sources.js';

type StoredForm = repo.CouncilRow['form'];

/** The award's default form: the same three criteria as task councils (necessity 15 / feasibility 50 / effectiveness 35). */
export const defaultForms: StoredForm[] = [
  {
    id: defaultTaskScoringForm.id,
    passTotal: defaultTaskScoringForm.passTotal,
    criteria: defaultTaskScoringForm.criteria.map((c) => ({
      ...c,
      label: { necessity: 'Tính cấp thiết', feasibility: 'Tính khả thi', effectiveness: 'Tính hiệu quả' }[c.key] ?? c.key,
      labelEn: { necessity: 'Necessity', feasibility: 'Feasibility', effectiveness: 'Effectiveness' }[c.key] ?? null,
    })),
  },
  {
    id: 'award-default',
    passTotal: 50,
    criteria: [
      { key: 'innovation', label: 'Mức độ đổi mới công nghệ', labelEn: 'Degree of technological innovation', maxPoints: 40, weight: 1, minPoints: null },
      { key: 'results', label: 'Hiệu quả sản xuất, kinh doanh', labelEn: 'Business results', maxPoints: 35, weight: 1, minPoints: null },
      { key: 'impact', label: 'Lan tỏa, đóng góp xã hội', labelEn: 'Spread and social contribution', maxPoints: 25, weight: 1, minPoints: null },
    ],
  },
];

const asDomainMember = (m: repo.MemberRow) => ({ personId: m.userId, role: m.role as CouncilRole, organisationId: m.organisationId, external: m.external });
const domainForm = (form: StoredForm): ScoringForm => form;

/** What agency and department staff choose from when forming a council. */
export async function councilOptions(db: Db, actor: Actor) {
  const rules = await compositionRules(db);
  const conveners = convenerChoices(actor);
  const found = canCreateCouncils(actor)
    ? await repo.candidates(
        db,
        conveners.map((c) => c.id),
      )
    : { fromDirectory: [], staff: [] };
  return {
    rules: Object.entries(rules).map(([kind, rule]) => ({ kind: kind as CouncilKind, ...rule, scorerCounts: [...rule.scorerCounts] })),
    canEditKindRules: canEditCompositionRules(actor),
    forms: defaultForms,
    conveners,
    candidates: [
      ...found.fromDirectory.map((e) => ({
        expertId: e.expertId,
        userId: e.userId as string,
        name: e.name,
        organisationName: e.organisationName,
        fieldCodes: e.fieldCodes,
      })),
      ...found.staff.map((s) => ({ expertId: null, userId: s.userId, name: s.name, organisationName: s.organisationName, fieldCodes: [] })),
    ],
  };
}

/** Forms a council; its membership must keep the rule of its kind, or nothing is written and every broken rule is named. */
export async function createCouncil(db: Db, actor: Actor, ctx: AuditContext, lang: Language, body: CouncilBody) {
  const [convener] = await repo.organisationsByIds(db, [body.convenerOrganisationId]);
  authorizeConvene(actor, convener, body.kind);
  const rule = (await compositionRules(db))[body.kind];
  const form: StoredForm = body.form
    ? { ...body.form, criteria: body.form.criteria.map((c) => ({ ...c, labelEn: c.labelEn ?? null })) }
    : defaultForms[body.kind.startsWith('award') ? 1 : 0];
  const problems: FieldProblem[] = validateForm(domainForm(form)).map((p) => ({ path: `form.${p.path.replace(/\[(\d+)\]/g, '.$1')}`, key: p.key }));

  const expertIds = body.members.flatMap((m) => (m.expertId ? [m.expertId] : []));
  const expertRows = new Map((await repo.expertsByIds(db, expertIds)).map((e) => [e.id, e]));
  const staffIds = body.members.flatMap((m) => (m.userId ? [m.userId] : []));
  const staffRows = new Map((await repo.usersByIds(db, staffIds)).map((u) => [u.id, u]));
  const staffOrgs = await repo.firstMemberships(db, staffIds);
  const members = body.members.map((m, i) => {
    if (m.expertId) {
      const expert = expertRows.get(m.expertId);
      if (!expert) problems.push({ path: `members.${i}.expertId`, key: 'unknown_expert' });
      else if (!expert.userId) problems.push({ path: `members.${i}.expertId`, key: 'expert_without_account' });
      return {
        userId: expert?.userId ?? '',
        expertId: m.expertId,
        role: m.role,
        name: expert?.name ?? '',
        organisationId: expert?.ownerOrganisationId ?? null,
        external: m.external ?? true,
        position: i,
      };
    }
    const user = staffRows.get(m.userId as string);
    if (!user) problems.push({ path: `members.${i}.userId`, key: 'unknown_user' });
    const orgs = staffOrgs.filter((o) => o.userId === m.userId).map((o) => o.organisationId);
    const organisationId = orgs.includes(body.convenerOrganisationId) ? body.convenerOrganisationId : (orgs[0] ?? null);
    return { userId: m.userId as string, expertId: null, role: m.role, name: user?.name ?? '', organisationId, external: m.external ?? false, position: i };
  });
  for (const v of checkComposition(
    members.map((m) => ({ personId: m.userId || `?${m.position}`, role: m.role, organisationId: m.organisationId, external: m.external })),
    rule,
  )) {
    problems.push({ path: v.path.replace(/\[(\d+)\]/g, '.$1'), key: v.key, message: compositionMessage(v, lang) });
  }
  if (problems.length) throw new FieldError(problems);

  return db.transaction(async (tx) => {
    const council = await repo.insertCouncil(tx, {
      kind: body.kind,
      name: body.name,
      convenerOrganisationId: body.convenerOrganisationId,
      meetingDate: body.meetingDate ?? null,
      form,
      compositionRule: { ...rule, scorerCounts: [...rule.scorerCounts] },
      minSheets: rule.quorum.minScorers,
      createdBy: actor.userId,
    });
    await repo.insertMembers(
      tx,
      members.map((m) => ({ ...m, councilId: council.id })),
    );
    await recordAudit(tx, ctx, { action: 'council.create', entityType: 'council', entityId: council.id, after: { ...council, members } });
    return { id: council.id };
  });
}

/** A page of the councils the person may see, newest first, with the real total. */
export async function listCouncils(db: Db, actor: Actor, page: { cursor?: string; limit: number }) {
  const { rows, total, nextCursor } = await repo.councilsFor(
    db,
    actor.userId,
    actor.memberships.map((m) => m.organisationId),
    seesEveryCouncil(actor),
    page,
  );
  const mine = await repo.myMemberships(
    db,
    actor.userId,
    rows.map((r) => r.council.id),
  );
  return {
    canCreate: canCreateCouncils(actor),
    total,
    nextCursor,
    items: rows.map((r) => ({
      id: r.council.id,
      kind: r.council.kind as CouncilKind,
      name: r.council.name,
      convenerName: r.convenerName,
      meetingDate: r.council.meetingDate,
      myRole: (mine.find((m) => m.councilId === r.council.id)?.role ?? null) as CouncilRole | null,
      dossiers: r.dossiers,
      createdAt: r.council.createdAt.toISOString(),
    })),
  };
}

/** Everything about a council and its dossiers, as the policy lets the caller see it. */
async function councilState(db: Executor, actor: Actor, councilId: string, lang: Language) {
  const found = await repo.findCouncil(db, councilId);
  if (!found) throw notFound('council');
  const { council, convenerName } = found;
  const [members, dossiers] = await Promise.all([repo.membersOf(db, councilId), repo.dossiersOf(db, councilId)]);
  const ids = dossiers.map((d) => d.id);
  const [assignments, declarations, sheets, views, accounts] = await Promise.all([
    repo.assignmentsOf(db, ids),
    repo.conflictsOf(db, ids),
    repo.sheetsOf(db, ids),
    loadDossiers(
      db,
      dossiers.map((d) => ({ dossierKind: d.dossierKind as DossierKind, dossierId: d.dossierId })),
      lang,
    ),
    repo.firstMemberships(
      db,
      members.map((m) => m.member.userId),
    ),
  ]);
  // A member works for the organisation the council recorded and for every organisation their own account belongs to now.
  const affiliationsOf = (m: repo.MemberRow) => [
    ...new Set([...(m.organisationId ? [m.organisationId] : []), ...accounts.filter((a) => a.userId === m.userId).map((a) => a.organisationId)]),
  ];
  const manager = canManageCouncil(actor, council.convenerOrganisationId);
  const me = members.find((m) => m.member.userId === actor.userId)?.member ?? null;
  // The rule the council was formed under, not the kind's current one.
  const rule = council.compositionRule as unknown as CompositionRule;
  const perDossier = dossiers.map((d) => {
    const view = views.get(`${d.dossierKind}:${d.dossierId}`) ?? missingView(d.dossierId);
    const assignedMemberIds = assignments.filter((a) => a.councilDossierId === d.id).map((a) => a.memberId);
    const organisationIds = view.organisations.map((o) => o.id);
    const declarationsHere = declarations.filter((c) => c.councilDossierId === d.id);
    const accessOf = (m: repo.MemberRow | null): DossierAccess =>
      memberAccess(
        m && { id: m.id, role: m.role as CouncilRole, organisationId: m.organisationId, affiliations: affiliationsOf(m) },
        { assignedMemberIds, organisationIds },
        declarationsHere.find((c) => c.memberId === m?.id) ?? null,
      );
    const excludedMemberIds = members.filter((m) => assignedMemberIds.includes(m.member.id) && accessOf(m.member) === 'hidden').map((m) => m.member.id);
    return {
      dossier: d,
      view,
      assignedMemberIds,
      excludedMemberIds,
      declarations: declarationsHere,
      sheets: sheets.filter((s) => s.councilDossierId === d.id),
      access: accessOf(me),
    };
  });
  return { council, convenerName, members, rule, manager, me, dossiers: perDossier, affiliationsOf };
}
type CouncilState = Awaited<ReturnType<typeof councilState>>;
type DossierState = CouncilState['dossiers'][number];

const organisationIdsOf = (d: { view: DossierView }) => d.view.organisations.map((o) => o.id);

const missingView = (id: string): DossierView => ({ id, title: '—', fields: [], organisations: [], link: null, fieldCodes: [], keywords: [] });

function memberOut(m: { member: repo.MemberRow; organisationName: string | null }) {
  const { id, userId, expertId, role, name, organisationId, external } = m.member;
  return { id, userId, expertId, role: role as CouncilRole, name, organisationId, organisationName: m.organisationName, external };
}

export async function councilDetail(db: Db, actor: Actor, councilId: string, lang: Language) {
  const state = await councilState(db, actor, councilId, lang);
  const { council, manager, me } = state;
  if (!manager && !me) throw notFound('council');
  const visible = state.dossiers.filter((d) => seesWholeDossier(manager, me, organisationIdsOf(d)) || d.access !== 'hidden');
  return {
    id: council.id,
    kind: council.kind as CouncilKind,
    name: council.name,
    convenerName: state.convenerName,
    convenerOrganisationId: council.convenerOrganisationId,
    meetingDate: council.meetingDate,
    myRole: (me?.role ?? null) as CouncilRole | null,
    myMemberId: me?.id ?? null,
    dossiers: visible.map((d) => ({
      id: d.dossier.id,
      dossierKind: d.dossier.dossierKind as DossierKind,
      dossierId: d.dossier.dossierId,
      title: d.view.title,
      organisations: d.view.organisations,
      consolidated: d.dossier.consolidatedAt !== null,
      total: d.dossier.consolidatedAt ? d.dossier.total : null,
      passed: d.dossier.consolidatedAt ? d.dossier.passed : null,
      assignedMemberIds: d.assignedMemberIds,
      excludedMemberIds: seesWholeCouncil(manager, me) ? d.excludedMemberIds : [],
      submittedMemberIds: d.sheets.filter((s) => s.submittedAt).map((s) => s.memberId),
      mine: me ? mineOn(me, d) : null,
    })),
    createdAt: council.createdAt.toISOString(),
    form: council.form,
    rule: { kind: council.kind as CouncilKind, ...state.rule, scorerCounts: [...state.rule.scorerCounts] },
    minSheets: council.minSheets,
    tieBreak: council.form.tieBreak ?? null,
    members: state.members.map(memberOut),
    canManage: manager,
    seesProgress: seesWholeCouncil(manager, me),
    scoringStarted: startedScoring(state),
    canEditRules: canEditRules(actor, council.convenerOrganisationId, startedScoring(state)),
  };
}

function mineOn(me: repo.MemberRow, d: DossierState) {
  const declared = d.declarations.some((c) => c.memberId === me.id);
  return { declared, mustDeclare: mustDeclare(me, declared), sheetSubmitted: d.sheets.some((s) => s.memberId === me.id && s.submittedAt !== null) };
}

const startedScoring = (state: CouncilState) => state.dossiers.some((d) => d.sheets.length > 0);

/**
 * The convener's staff edit a council's rules — the criteria (vi/en), the scale their weighted
 * maximum adds up to, the pass mark, the quorum and the tie rule — until the first score sheet.
 */
export async function editRules(db: Db, actor: Actor, ctx: AuditContext, lang: Language, councilId: string, body: CouncilRulesBody) {
  const state = await councilState(db, actor, councilId, lang);
  if (!state.manager && !state.me) throw notFound('council');
  authorizeEditRules(actor, state.council.convenerOrganisationId, startedScoring(state));
  const form: StoredForm = {
    id: 'custom',
    criteria: body.criteria.map((c) => ({ key: c.key, label: c.label, labelEn: c.labelEn, maxPoints: c.maxPoints, weight: c.weight, minPoints: c.minPoints })),
    passTotal: body.passTotal,
    tieBreak: body.tieBreak,
  };
  const problems: FieldProblem[] = [...validateForm(domainForm(form)), ...validateRules(domainForm(form), body.scale, body.tieBreak)].map((p) => ({
    path: p.path.replace(/\[(\d+)\]/g, '.$1'),
    key: p.key,
  }));
  const scorers = state.members.filter((m) => isScorer(asDomainMember(m.member), state.rule)).length;
  if (body.minSheets < state.rule.quorum.minScorers) problems.push({ path: 'minSheets', key: 'below_kind_minimum' });
  else if (body.minSheets > scorers) problems.push({ path: 'minSheets', key: 'above_scorers' });
  if (problems.length) throw new FieldError(problems);

  return db.transaction(async (tx) => {
    const before = await repo.lockCouncil(tx, councilId);
    // Checked again under the council's lock: a sheet written since the read above closes the rules.
    authorizeEditRules(actor, before.convenerOrganisationId, await repo.scoringStarted(tx, councilId));
    const after = await repo.updateRules(tx, councilId, { form, minSheets: body.minSheets });
    await recordAudit(tx, ctx, {
      action: 'council.rules.edit',
      entityType: 'council',
      entityId: councilId,
      organisationId: before.convenerOrganisationId,
      before: { form: before.form, minSheets: before.minSheets },
      after: { form: after.form, minSheets: after.minSheets, scale: body.scale },
    });
    return { form: after.form, minSheets: after.minSheets, tieBreak: after.form.tieBreak ?? null };
  });
}

/** The convener puts dossiers before the council, assigned to the given members (every scoring member by default). */
export async function addDossiers(db: Db, actor: Actor, ctx: AuditContext, lang: Language, councilId: string, body: z.infer<typeof DossiersBody>) {
  const state = await councilState(db, actor, councilId, lang);
  authorizeManageCouncil(actor, state.council.convenerOrganisationId);
  const source = dossierSources[body.dossierKind];
  const views = await source.load(db, body.dossierIds, lang);
  const problems: FieldProblem[] = [];
  const secretaries = state.members.filter((m) => isSecretary(m.member)).map((m) => m.member);
  body.dossierIds.forEach((id, i) => {
    const view = views.get(id);
    if (!view) return problems.push({ path: `dossierIds.${i}`, key: 'unknown_dossier' });
    // The secretary keeps the minutes of every dossier: one from their own organisation cannot come before this council.
    const organisationIds = view.organisations.map((o) => o.id);
    if (secretaries.some((m) => secretaryExcluded(m, organisationIds))) problems.push({ path: `dossierIds.${i}`, key: 'secretary_from_dossier_organisation' });
    return undefined;
  });
  problems.push(...((await source.admissible?.(db, state.council.kind as CouncilKind, body.dossierIds)) ?? []));
  const scorers = state.members.filter((m) => isScorer(asDomainMember(m.member), state.rule)).map((m) => m.member.id);
  const memberIds = body.memberIds ?? scorers;
  memberIds.forEach((id, i) => {
    if (!scorers.includes(id)) problems.push({ path: `memberIds.${i}`, key: 'not_a_scoring_member' });
  });
  if (problems.length) throw new FieldError(problems);
  return db.transaction(async (tx) => {
    const rows = await repo.insertDossiers(
      tx,
      body.dossierIds.map((dossierId) => ({ councilId, dossierKind: body.dossierKind, dossierId })),
    );
    for (const row of rows) await repo.replaceAssignments(tx, row.id, memberIds);
    await recordAudit(tx, ctx, { action: 'council.dossiers-add', entityType: 'council', entityId: councilId, after: { dossiers: rows, memberIds } });
    return { added: rows.length };
  });
}

/** The reviewer helper: k scoring members per dossier by expertise, never a conflicted one, loads kept within ⌈k·N/R⌉ + 1. */
export async function proposeAssignments(db: Db, actor: Actor, lang: Language, councilId: string, perDossier: number) {
  const state = await councilState(db, actor, councilId, lang);
  authorizeManageCouncil(actor, state.council.convenerOrganisationId);
  const scorers = state.members.filter((m) => isScorer(asDomainMember(m.member), state.rule));
  const experts = new Map(
    (
      await repo.expertsByIds(
        db,
        scorers.flatMap((m) => (m.member.expertId ? [m.member.expertId] : [])),
      )
    ).map((e) => [e.id, e]),
  );
  const open = state.dossiers.filter((d) => d.dossier.consolidatedAt === null);
  const result = assignReviewers(
    open.map((d) => ({ id: d.dossier.id, organisationIds: d.view.organisations.map((o) => o.id), fieldCodes: d.view.fieldCodes, keywords: d.view.keywords })),
    scorers.map((m) => {
      const expert = m.member.expertId ? experts.get(m.member.expertId) : undefined;
      return { id: m.member.id, organisationId: m.member.organisationId, fieldCodes: expert?.fieldCodes ?? [], keywords: expert?.keywords ?? [] };
    }),
    open.flatMap((d) => [
      ...d.declarations.filter((c) => c.conflict).map((c) => ({ reviewerId: c.memberId, dossierId: d.dossier.id })),
      // Excluded by an organisation their account belongs to (the helper itself knows only the recorded one).
      ...scorers
        .filter((m) => state.affiliationsOf(m.member).some((o) => d.view.organisations.some((x) => x.id === o)))
        .map((m) => ({ reviewerId: m.member.id, dossierId: d.dossier.id })),
    ]),
    { perDossier },
  );
  return {
    ok: result.ok,
    cap: result.cap,
    loads: result.loads,
    assignments: result.assignments.map((a) => ({ councilDossierId: a.dossierId, memberIds: a.reviewers.map((r) => r.reviewerId) })),
    shortfall: result.ok ? [] : result.shortfall.dossiers.map((d) => ({ councilDossierId: d.dossierId, eligibleReviewers: d.eligibleReviewers })),
  };
}

/** The convener saves who reviews what; a member who declared a conflict or works for an organisation on the dossier is refused. */
export async function saveAssignments(db: Db, actor: Actor, ctx: AuditContext, lang: Language, councilId: string, body: z.infer<typeof AssignmentsBody>) {
  const state = await councilState(db, actor, councilId, lang);
  authorizeManageCouncil(actor, state.council.convenerOrganisationId);
  const problems: FieldProblem[] = [];
  const scorers = state.members.filter((m) => isScorer(asDomainMember(m.member), state.rule));
  body.assignments.forEach((a, i) => {
    const d = state.dossiers.find((x) => x.dossier.id === a.councilDossierId);
    if (!d) return problems.push({ path: `assignments.${i}.councilDossierId`, key: 'unknown_dossier' });
    if (d.dossier.consolidatedAt) return problems.push({ path: `assignments.${i}.councilDossierId`, key: 'dossier_consolidated' });
    a.memberIds.forEach((memberId, j) => {
      const member = scorers.find((m) => m.member.id === memberId)?.member;
      const path = `assignments.${i}.memberIds.${j}`;
      if (!member) return problems.push({ path, key: 'not_a_scoring_member' });
      const orgs = d.view.organisations.map((o) => o.id);
      const conflicted = d.declarations.some((c) => c.memberId === memberId && c.conflict) || state.affiliationsOf(member).some((o) => orgs.includes(o));
      if (conflicted) problems.push({ path, key: 'member_conflicted' });
      return undefined;
    });
    return undefined;
  });
  if (problems.length) throw new FieldError(problems);
  return db.transaction(async (tx) => {
    for (const a of body.assignments) await repo.replaceAssignments(tx, a.councilDossierId, [...new Set(a.memberIds)]);
    await recordAudit(tx, ctx, { action: 'council.assign', entityType: 'council', entityId: councilId, after: body });
    return { saved: body.assignments.length };
  });
}

async function dossierState(db: Executor, actor: Actor, councilDossierId: string, lang: Language) {
  const row = await repo.findDossier(db, councilDossierId);
  if (!row) throw notFound('council-dossier');
  const state = await councilState(db, actor, row.councilId, lang);
  const d = state.dossiers.find((x) => x.dossier.id === councilDossierId) as DossierState;
  if (!state.manager && !state.me) throw notFound('council-dossier');
  return { state, d };
}

/** A member declares, before seeing the dossier, whether they have a conflict of interest with it; a declaration is final. */
export async function declare(db: Db, actor: Actor, ctx: AuditContext, lang: Language, councilDossierId: string, body: z.infer<typeof DeclarationBody>) {
  const { state, d } = await dossierState(db, actor, councilDossierId, lang);
  authorizeDeclare(d.access);
  if (d.access === 'open' || !state.me) throw new AppError('INVALID_TRANSITION', { reason: 'already_declared' });
  const me = state.me;
  return db.transaction(async (tx) => {
    const saved = await repo.insertDeclaration(tx, { councilDossierId, memberId: me.id, conflict: body.conflict, reason: body.reason ?? null });
    if (!saved) throw new AppError('INVALID_TRANSITION', { reason: 'already_declared' });
    await recordAudit(tx, ctx, { action: 'council.declare', entityType: 'council-dossier', entityId: councilDossierId, after: saved });
    return { conflict: body.conflict };
  });
}

const sheetOf = (s: repo.SheetRow): ScoreSheet => ({
  scorerId: s.memberId,
  dossierId: s.councilDossierId,
  scores: s.scores,
  comments: s.comments,
  submittedAt: s.submittedAt,
});

function consensusOf(state: CouncilState, d: DossierState): Consensus | null {
  const c = consolidateScores(domainForm(state.council.form), d.sheets.map(sheetOf), { minSheets: state.council.minSheets });
  if (!c) return null;
  return {
    sheets: c.sheets,
    enough: c.enough,
    criteria: c.criteria.map((x) => ({ ...x, consensusComment: null })),
    total: c.total,
    passed: c.passed,
    failedOn: c.failedOn,
    outliers: c.outliers,
    conclusion: null,
  };
}

/** One dossier as the caller may see it: content after declaring no conflict, others' scores only as the policy allows. */
export async function dossierDetail(db: Db, actor: Actor, councilDossierId: string, lang: Language) {
  const { state, d } = await dossierState(db, actor, councilDossierId, lang);
  authorizeOpenDossier(
    state.manager,
    state.me && { id: state.me.id, role: state.me.role as CouncilRole, organisationId: state.me.organisationId },
    d.access,
    organisationIdsOf(d),
  );
  const consolidated = d.dossier.consolidatedAt !== null;
  const names = new Map(state.members.map((m) => [m.member.id, m.member.name]));
  const form = state.council.form;
  const sheetOut = (s: repo.SheetRow) => ({
    memberId: s.memberId,
    memberName: names.get(s.memberId) ?? '',
    scores: s.scores,
    comments: s.comments,
    total: weightedTotal(domainForm(form), s.scores),
    submittedAt: s.submittedAt?.toISOString() ?? null,
  });
  const meRef = state.me && { id: state.me.id, role: state.me.role as CouncilRole, organisationId: state.me.organisationId };
  const all = canSeeAllSheets(state.manager, meRef, d.access, consolidated, organisationIdsOf(d));
  const mine = state.me ? d.sheets.find((s) => s.memberId === state.me?.id) : undefined;
  return {
    id: d.dossier.id,
    councilId: state.council.id,
    councilName: state.council.name,
    councilKind: state.council.kind as CouncilKind,
    dossierKind: d.dossier.dossierKind as DossierKind,
    dossierId: d.dossier.dossierId,
    title: d.view.title,
    fields: d.view.fields,
    organisations: d.view.organisations,
    link: d.view.link,
    form,
    mySheet: mine ? sheetOut(mine) : null,
    sheets: all ? d.sheets.map(sheetOut) : null,
    preview: all && !consolidated ? consensusOf(state, d) : null,
    result: consolidated ? (d.dossier.result as Consensus) : null,
    consolidatedAt: d.dossier.consolidatedAt?.toISOString() ?? null,
    canConsolidate: canConsolidate(state.me, consolidated, organisationIdsOf(d)),
  };
}

async function scorerContext(db: Executor, actor: Actor, councilDossierId: string, lang: Language) {
  const { state, d } = await dossierState(db, actor, councilDossierId, lang);
  const me = state.me && { id: state.me.id, role: state.me.role as CouncilRole, organisationId: state.me.organisationId };
  authorizeScore(me, d.access, !!state.me && isScorer(asDomainMember(state.me), state.rule));
  const existing = d.sheets.find((s) => s.memberId === me.id);
  const sheet: ScoreSheet = existing ? sheetOf(existing) : { scorerId: me.id, dossierId: councilDossierId, scores: {}, comments: {}, submittedAt: null };
  return { state, d, me, sheet, locked: d.dossier.consolidatedAt !== null };
}

const scoreProblems = (problems: ReadonlyArray<{ path: string; key: string }>) =>
  new FieldError(problems.map((p) => ({ path: p.path, key: `score_${p.key}` })));

/** A member saves their own draft; a score over the criterion's maximum or a locked sheet is refused and nothing is written. */
export async function saveSheet(db: Db, actor: Actor, ctx: AuditContext, lang: Language, councilDossierId: string, body: z.infer<typeof SheetBody>) {
  // Read under the dossier's lock: a save that arrives with the submission or the consolidation sees it, and is refused.
  return db.transaction(async (tx) => {
    await repo.lockDossier(tx, councilDossierId);
    const { me, sheet, locked, state } = await scorerContext(tx, actor, councilDossierId, lang);
    const form = domainForm(state.council.form);
    const unknownComments = Object.keys(body.comments).filter((k) => !form.criteria.some((c) => c.key === k));
    const result = saveScores(form, sheet, body, locked);
    const problems = [...(result.ok ? [] : result.problems), ...unknownComments.map((k) => ({ path: `comments.${k}`, key: 'unknown_criterion' }))];
    if (problems.length || !result.ok) throw scoreProblems(problems);
    const row = await repo.upsertSheet(tx, {
      councilDossierId,
      memberId: me.id,
      scores: { ...result.sheet.scores },
      comments: { ...result.sheet.comments },
      submittedAt: null,
    });
    await recordAudit(tx, ctx, { action: 'council.sheet-save', entityType: 'council-dossier', entityId: councilDossierId, after: row });
    return { submitted: false };
  });
}

/** Submits and locks the member's sheet: every criterion scored within its maximum. */
export async function submitMySheet(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  lang: Language,
  councilDossierId: string,
  body: Partial<z.infer<typeof SheetBody>>,
) {
  return db.transaction(async (tx) => {
    await repo.lockDossier(tx, councilDossierId);
    const { me, sheet, locked, state } = await scorerContext(tx, actor, councilDossierId, lang);
    const form = domainForm(state.council.form);
    let current = sheet;
    if (body.scores) {
      const saved = saveScores(form, sheet, { scores: body.scores, comments: body.comments ?? {} }, locked);
      if (!saved.ok) throw scoreProblems(saved.problems);
      current = saved.sheet;
    }
    const result = submitSheet(form, current, new Date(), locked);
    if (!result.ok) throw scoreProblems(result.problems);
    const row = await repo.upsertSheet(tx, {
      councilDossierId,
      memberId: me.id,
      scores: { ...result.sheet.scores },
      comments: { ...result.sheet.comments },
      submittedAt: result.sheet.submittedAt,
    });
    await recordAudit(tx, ctx, { action: 'council.sheet-submit', entityType: 'council-dossier', entityId: councilDossierId, after: row });
    return { submitted: true };
  });
}

/** The secretary adopts the consensus with a comment per criterion; the dossier's own module records the outcome in the same transaction. */
export async function consolidate(db: Db, actor: Actor, ctx: AuditContext, lang: Language, councilDossierId: string, body: z.infer<typeof ConsolidateBody>) {
  // Decided under the dossier's lock: two consolidations at once make one, and no sheet moves meanwhile.
  return db.transaction(async (tx) => {
    await repo.lockDossier(tx, councilDossierId);
    const { state, d } = await dossierState(tx, actor, councilDossierId, lang);
    authorizeConsolidate(state.me && { id: state.me.id, role: state.me.role as CouncilRole, organisationId: state.me.organisationId }, organisationIdsOf(d));
    if (d.dossier.consolidatedAt) throw new AppError('INVALID_TRANSITION', { reason: 'already_consolidated' });
    const form = domainForm(state.council.form);
    const problems: FieldProblem[] = Object.keys(body.comments)
      .filter((k) => !form.criteria.some((c) => c.key === k))
      .map((k) => ({ path: `comments.${k}`, key: 'unknown_criterion' }));
    const consensus = consensusOf(state, d);
    if (!consensus || !consensus.enough) problems.push({ path: 'sheets', key: 'not_enough_sheets' });
    const pending = d.assignedMemberIds.filter((id) => !d.excludedMemberIds.includes(id) && !d.sheets.some((s) => s.memberId === id && s.submittedAt));
    if (consensus?.enough && pending.length) problems.push({ path: 'sheets', key: 'sheets_pending' });
    if (problems.length || !consensus) throw new FieldError(problems);
    const result: Consensus = {
      ...consensus,
      criteria: consensus.criteria.map((c) => ({ ...c, consensusComment: body.comments[c.key]?.trim() || null })),
      conclusion: body.conclusion ?? null,
    };
    const me = state.me as repo.MemberRow;
    const at = new Date();
    await repo.saveConsolidation(tx, councilDossierId, {
      consolidatedAt: at,
      consolidatedBy: actor.userId,
      result,
      total: result.total,
      passed: result.passed,
    });
    const source = dossierSources[d.dossier.dossierKind as DossierKind];
    await source.onConsolidated?.(
      tx,
      d.dossier.dossierId,
      { councilId: state.council.id, councilKind: state.council.kind as CouncilKind, councilDossierId, total: result.total, passed: result.passed },
      actor,
      ctx,
    );
    await recordAudit(tx, ctx, {
      action: 'council.consolidate',
      entityType: 'council-dossier',
      entityId: councilDossierId,
      after: { result, secretary: me.id },
    });
    return { total: result.total, passed: result.passed };
  });
}

/** The minutes: the council, its members, and per dossier who was excluded and the consensus adopted. */
export async function minutes(db: Db, actor: Actor, councilId: string, lang: Language) {
  const state = await councilState(db, actor, councilId, lang);
  if (!state.manager && !state.me) throw notFound('council');
  const visible = state.dossiers.filter((d) => seesWholeDossier(state.manager, state.me, organisationIdsOf(d)) || d.access === 'open');
  const names = new Map(state.members.map((m) => [m.member.id, m.member.name]));
  return {
    councilId,
    councilName: state.council.name,
    councilKind: state.council.kind as CouncilKind,
    convenerName: state.convenerName,
    meetingDate: state.council.meetingDate,
    members: state.members.map(memberOut),
    form: state.council.form,
    dossiers: visible.map((d) => ({
      title: d.view.title,
      excluded: d.excludedMemberIds.map((id) => ({ name: names.get(id) ?? '', reason: d.declarations.find((c) => c.memberId === id)?.reason ?? null })),
      result: d.dossier.consolidatedAt ? (d.dossier.result as Consensus) : null,
      consolidatedAt: d.dossier.consolidatedAt?.toISOString() ?? null,
    })),
  };
}

/**
 * The consolidated reviews of dossiers of one kind, by every council that reviewed them, with each
 * submitted sheet's weighted total: for the dossier's own module (the award ranks by them).
 */
export async function consolidatedReviews(db: Executor, dossierKind: DossierKind, dossierIds: readonly string[]) {
  const rows = await repo.consolidatedDossiers(db, dossierKind, dossierIds);
  const sheets = await repo.sheetsOf(
    db,
    rows.map((r) => r.dossier.id),
  );
  return rows.map((r) => ({
    dossierId: r.dossier.dossierId,
    councilName: r.councilName,
    councilKind: r.councilKind as CouncilKind,
    form: r.form,
    result: r.dossier.result as Consensus,
    totals: sheets
      .filter((s) => s.councilDossierId === r.dossier.id && s.submittedAt !== null)
      .map((s) => ({ memberId: s.memberId, total: weightedTotal(domainForm(r.form), s.scores) })),
  }));
}
