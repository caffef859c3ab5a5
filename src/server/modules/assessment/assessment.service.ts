import { fold } from '../../../domain/text/fold.js';
import type { Db, Executor } from '../../../db/client.js';
import type { StoredAnswer } from '../../../db/schema/assessment.js';
import type { Answers } from '../../../domain/assessment/answers.js';
import { conflictingQuestions } from '../../../domain/assessment/answer-conflict.js';
import { compareAssessments } from '../../../domain/assessment/compare-assessments.js';
import { compareToSector } from '../../../domain/assessment/compare-to-sector.js';
import { completeness } from '../../../domain/assessment/completeness.js';
import { describeCriterionRule } from '../../../domain/assessment/describe-rule.js';
import type { Methodology } from '../../../domain/assessment/methodology-types.js';
import { isProvisional, unverifiedParts } from '../../../domain/assessment/provisional.js';
import { scoreAssessment } from '../../../domain/assessment/score-assessment.js';
import { sectorStatistics } from '../../../domain/assessment/sector-statistics.js';
import { validateAnswers } from '../../../domain/assessment/validate-answers.js';
import { validateMethodology } from '../../../domain/assessment/validate-methodology.js';
import { vsicSection } from '../../../domain/assessment/vsic-division.js';
import { weakestCriteria } from '../../../domain/assessment/weaknesses.js';
import type { AnswerConflict, AnswersSave, AssessmentStart } from '../../../shared/assessment/assessment.schemas.js';
import type { Language } from '../../../shared/i18n/language.js';
import type { PageQuery } from '../../../shared/pagination.js';
import { AppError, FieldError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { connectionPointForProvince, memberIdsOf, staffOfConnectionPoint } from '../connections/connections.repository.js';
import { notify } from '../notifications/notifications.service.js';
import { loadMethodology } from './assessment-methodologies.js';
import {
  assessedProvinces,
  authorizeEditAssessment,
  authorizeReviewAssessment,
  authorizeViewAssessment,
  canDraftDemandFrom,
  canEditAssessment,
  canPublishMethodologies,
  canReviewAssessment,
  canStartAssessment,
  eligibleProvinces,
} from './assessment.policy.js';
import * as repo from './assessment.repository.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The domain's answers from the stored ones (evidence and authorship stay out of scoring). */
export function answersOf(stored: Record<string, StoredAnswer>): Answers {
  const answers: Answers = {};
  for (const [id, a] of Object.entries(stored)) {
    answers[id] = a.status === 'answered' ? { status: 'answered', value: a.value ?? '' } : { status: a.status };
  }
  return answers;
}

async function methodologyOf(db: Executor, id: string): Promise<Methodology> {
  const m = await loadMethodology(db, id);
  if (!m) throw new AppError('NOT_FOUND', { entity: 'methodology' });
  return m;
}

function summary(row: repo.AssessmentWithNames, m: Methodology) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    provinceCode: row.provinceCode,
    methodologyId: row.methodologyId,
    methodologyName: m.name,
    vsicDivision: row.vsicDivision,
    status: row.status as 'draft' | 'submitted' | 'returned' | 'approved',
    total: row.score?.total ?? null,
    level: row.score?.level.name ?? null,
    createdAt: row.createdAt.toISOString(),
    submittedAt: iso(row.submittedAt),
    reviewedAt: iso(row.reviewedAt),
  };
}

/** Every stored methodology version, newest first within a code. */
export async function listMethodologies(db: Db, actor: Actor | null, page: PageQuery) {
  const { rows, total, nextCursor } = await repo.listMethodologyRows(db, page);
  const items = [];
  for (const row of rows) {
    const m = await methodologyOf(db, row.id);
    items.push({
      id: m.id,
      code: m.code,
      version: m.version,
      status: row.status,
      name: m.name,
      legalReference: m.legalReference.document,
      totalPoints: m.totalPoints,
      criteria: m.criteria.length,
      provisional: isProvisional(m),
    });
  }
  return { items, total, nextCursor, canPublish: canPublishMethodologies(actor) };
}

/**
 * Publishes a new methodology version, checked whole by the domain (400 naming each path at fault).
 * Versions are immutable: assessments keep the version they were scored with, so a changed band
 * classifies new assessments only.
 */
export async function publishMethodology(db: Db, actor: Actor, ctx: AuditContext, lang: Language, document: unknown) {
  if (!canPublishMethodologies(actor)) throw new AppError('FORBIDDEN', { reason: 'methodology_publish' });
  const checked = validateMethodology(document);
  if (!checked.ok) throw new FieldError(checked.errors.map((e) => ({ path: `document.${e.path}`, key: e.code, message: e.message[lang] })));
  const m = { ...checked.methodology, status: 'published' as const };
  return db.transaction(async (tx) => {
    const latest = await repo.latestVersionOf(tx, m.code);
    if (m.version <= latest) throw new FieldError([{ path: 'document.version', key: 'methodology_version', message: methodologyVersionMessage(lang, latest) }]);
    const row = await repo.insertMethodology(tx, { id: m.id, code: m.code, version: m.version, status: m.status, document: m });
    if (!row) throw new FieldError([{ path: 'document.id', key: 'methodology_id_taken' }]);
    await recordAudit(tx, ctx, {
      action: 'assessment.methodology.publish',
      entityType: 'assessment-methodology',
      entityId: m.id,
      after: { id: m.id, code: m.code, version: m.version },
    });
    return { id: m.id };
  });
}

function methodologyVersionMessage(lang: Language, latest: number) {
  return lang === 'vi'
    ? `Phiên bản phải lớn hơn ${latest}, phiên bản mới nhất của bộ tiêu chí này.`
    : `The version must be above ${latest}, the latest version of this methodology.`;
}

/** One version with each rule in words and what is still unverified. */
export async function getMethodology(db: Db, id: string) {
  const m = await methodologyOf(db, id);
  const rules = Object.fromEntries(m.criteria.map((c) => [c.code, describeCriterionRule(m, c, null)]));
  return { methodology: m, rules, unverified: unverifiedParts(m) };
}

/** Enterprises the caller may start an assessment for. */
export async function eligibleOrganisations(db: Db, actor: Actor, query: { q?: string; cursor?: string; limit: number }) {
  const provinces = eligibleProvinces(actor);
  const memberOf = actor.memberships.map((m) => m.organisationId);
  const { rows, total, nextCursor } = await repo.eligibleOrganisations(db, { memberOf, provinces, q: query.q ? fold(query.q) : undefined }, query);
  return { items: rows, total, nextCursor };
}

/** A page of the assessments the caller may see (own organisations', or those of the provinces it assesses), newest first. */
export async function listAssessments(db: Db, actor: Actor, filter: { organisationId?: string; status?: string; cursor?: string; limit: number }) {
  const [time, id] = filter.cursor?.split('~') ?? [];
  const { rows, total } = await repo.listAssessments(
    db,
    { memberOf: actor.memberships.map((m) => m.organisationId), provinces: assessedProvinces(actor) },
    { organisationId: filter.organisationId, status: filter.status },
    { limit: filter.limit + 1, after: time && id ? { createdAt: new Date(time), id } : undefined },
  );
  const page = rows.slice(0, filter.limit);
  const items = [];
  for (const row of page) items.push(summary(row, await methodologyOf(db, row.methodologyId)));
  const last = page.at(-1);
  return { items, total, nextCursor: rows.length > filter.limit && last ? `${last.createdAt.toISOString()}~${last.id}` : null };
}

async function visibleAssessment(db: Executor, actor: Actor | null, id: string, lock = false) {
  const row = await repo.findAssessment(db, id, lock);
  authorizeViewAssessment(actor, row);
  return row as repo.AssessmentWithNames;
}

function detail(actor: Actor, row: repo.AssessmentWithNames, m: Methodology) {
  const done = completeness(m, answersOf(row.answers));
  const editable = canEditAssessment(actor, row);
  return {
    ...summary(row, m),
    answers: Object.fromEntries(Object.entries(row.answers).map(([id, { updatedBy: _by, ...a }]) => [id, a])),
    reviewComment: row.reviewComment,
    version: row.version,
    completeness: { answered: done.answered, total: done.total, share: done.share },
    canEdit: editable,
    canSubmit: editable,
    canReview: row.status === 'submitted' && canReviewAssessment(actor, row),
    canReopen: row.status === 'approved' && canReviewAssessment(actor, row),
  };
}

export async function getAssessment(db: Db, actor: Actor, id: string) {
  const row = await visibleAssessment(db, actor, id);
  return detail(actor, row, await methodologyOf(db, row.methodologyId));
}

/** Starts a draft for an enterprise under a published methodology version. */
export async function startAssessment(db: Db, actor: Actor, ctx: AuditContext, body: AssessmentStart) {
  if (!vsicSection(body.vsicDivision)) throw new FieldError([{ path: 'vsicDivision', key: 'vsic_division' }]);
  return db.transaction(async (tx) => {
    const organisation = await repo.findOrganisation(tx, body.organisationId);
    if (!organisation) throw new FieldError([{ path: 'organisationId', key: 'unknown_organisation' }]);
    if (!canStartAssessment(actor, organisation)) throw new AppError('FORBIDDEN', { reason: 'assessment_start' });
    if (organisation.kind !== 'enterprise') throw new FieldError([{ path: 'organisationId', key: 'not_an_enterprise' }]);
    const methodology = await repo.findMethodologyRow(tx, body.methodologyId);
    if (!methodology || methodology.status !== 'published') throw new FieldError([{ path: 'methodologyId', key: 'unknown_methodology' }]);
    if (body.id) {
      const existing = await repo.findAssessment(tx, body.id);
      if (existing) return { id: sameStart(actor, existing, body), created: false };
    }
    const row = await repo.insertAssessment(tx, {
      ...(body.id ? { id: body.id } : {}),
      organisationId: organisation.id,
      provinceCode: organisation.provinceCode,
      methodologyId: methodology.id,
      vsicDivision: body.vsicDivision,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'assessment.start',
      entityType: 'assessment',
      entityId: row.id,
      organisationId: organisation.id,
      after: { methodologyId: row.methodologyId, vsicDivision: row.vsicDivision, status: row.status },
    });
    return { id: row.id, created: true };
  });
}

/** A repeated start with the device's id: the same enterprise and version, and one the caller may see. */
function sameStart(actor: Actor, existing: repo.AssessmentWithNames, body: AssessmentStart) {
  authorizeViewAssessment(actor, existing);
  if (existing.organisationId !== body.organisationId || existing.methodologyId !== body.methodologyId) {
    throw new AppError('ALREADY_EXISTS', { entity: 'assessment', id: existing.id });
  }
  return existing.id;
}

/**
 * Saves some answers as one goes; each is checked by the domain against the assessment's own
 * methodology version, and one bad answer writes nothing (400 naming the question).
 * The audit entry names the questions only: answers are confidential to the enterprise's side.
 */
export async function saveAnswers(db: Db, actor: Actor, ctx: AuditContext, lang: Language, id: string, body: AnswersSave) {
  return db.transaction(async (tx) => {
    const row = await visibleAssessment(tx, actor, id, true);
    authorizeEditAssessment(actor, row);
    const m = await methodologyOf(tx, row.methodologyId);
    const inputs = body.answers.map((a) => ({ methodologyId: body.methodologyId, questionId: a.questionId, status: a.status, value: a.value }));
    const checked = validateAnswers(m, inputs);
    if (!checked.ok) {
      throw new FieldError(checked.errors.map((e) => ({ path: `answers.${e.questionId}`, key: e.code, message: e.message[lang] })));
    }
    const edits = body.answers.map((a) => ({
      ...checked.answers[a.questionId],
      questionId: a.questionId,
      evidence: a.evidence,
      baseUpdatedAt: a.baseUpdatedAt,
    }));
    const conflicts = conflictingQuestions(row.answers, edits);
    if (conflicts.length) throw answerConflict(row.answers, conflicts);
    const now = new Date().toISOString();
    const answers = { ...row.answers };
    for (const a of body.answers) {
      const answer = checked.answers[a.questionId];
      answers[a.questionId] = {
        status: answer.status,
        ...(answer.status === 'answered' ? { value: answer.value } : {}),
        ...(a.evidence ? { evidence: a.evidence } : {}),
        updatedBy: actor.userId,
        updatedAt: now,
      };
    }
    const updated = await repo.updateAssessment(tx, id, { answers });
    await recordAudit(tx, ctx, {
      action: 'assessment.answer',
      entityType: 'assessment',
      entityId: id,
      organisationId: row.organisationId,
      after: { questions: body.answers.map((a) => a.questionId) },
    });
    return detail(actor, { ...updated, organisationName: row.organisationName }, m);
  });
}

/** 409 with what the server holds now for each question edited by someone else since: the person chooses, nothing is overwritten. */
function answerConflict(stored: Record<string, StoredAnswer>, questionIds: string[]) {
  const conflicts: AnswerConflict[] = questionIds.map((questionId) => {
    const current = stored[questionId];
    if (!current) return { questionId, current: null };
    const { updatedBy: _by, ...shown } = current;
    return { questionId, current: shown };
  });
  return new AppError('CONFLICT', { reason: 'answer_changed', conflicts });
}

async function tell(
  tx: Parameters<typeof notify>[0],
  userIds: string[],
  kind: 'assessment.submitted' | 'assessment.returned' | 'assessment.approved',
  row: repo.AssessmentWithNames,
  link: string,
) {
  await notify(tx, userIds, { kind, params: { organisation: row.organisationName }, link });
}

/** Sends a complete questionnaire to the assessor; the score is computed now, under the assessment's version. */
export async function submitAssessment(db: Db, actor: Actor, ctx: AuditContext, lang: Language, id: string) {
  return db.transaction(async (tx) => {
    const row = await visibleAssessment(tx, actor, id, true);
    authorizeEditAssessment(actor, row);
    const m = await methodologyOf(db, row.methodologyId);
    const answers = answersOf(row.answers);
    const missing = completeness(m, answers).groups.flatMap((g) => g.missing);
    if (missing.length) {
      const labels = new Map(m.criteria.flatMap((c) => c.questions.map((q) => [q.id, q.label[lang]] as const)));
      const why = lang === 'vi' ? 'chưa được trả lời' : 'is not answered';
      throw new FieldError(missing.map((q) => ({ path: `answers.${q}`, key: 'blank', message: `"${labels.get(q) ?? q}" (${q}) ${why}.` })));
    }
    const score = scoreAssessment(m, answers, { sector: row.vsicDivision });
    const updated = await repo.updateAssessment(tx, id, { status: 'submitted', score, submittedAt: new Date() });
    await recordAudit(tx, ctx, {
      action: 'assessment.submit',
      entityType: 'assessment',
      entityId: id,
      organisationId: row.organisationId,
      before: { status: row.status },
      after: { status: updated.status },
    });
    const point = await connectionPointForProvince(tx, row.provinceCode);
    await tell(tx, await staffOfConnectionPoint(tx, point?.id ?? null), 'assessment.submitted', row, `/assessments/${id}`);
    return detail(actor, { ...updated, organisationName: row.organisationName }, m);
  });
}

/** The assessor returns a submitted assessment (or reopens an approved one) with a comment; the enterprise edits it again. */
export async function returnAssessment(db: Db, actor: Actor, ctx: AuditContext, id: string, comment: string) {
  return review(db, actor, ctx, id, 'returned', comment);
}

/** The assessor approves the evidence: the assessment is locked and its score joins the sector's figures. */
export async function approveAssessment(db: Db, actor: Actor, ctx: AuditContext, id: string, comment: string | null | undefined) {
  return review(db, actor, ctx, id, 'approved', comment ?? null);
}

async function review(db: Db, actor: Actor, ctx: AuditContext, id: string, to: 'returned' | 'approved', comment: string | null) {
  return db.transaction(async (tx) => {
    const row = await visibleAssessment(tx, actor, id, true);
    authorizeReviewAssessment(actor, row);
    const allowed = to === 'returned' ? ['submitted', 'approved'] : ['submitted'];
    if (!allowed.includes(row.status)) throw new AppError('INVALID_TRANSITION', { from: row.status, to });
    const m = await methodologyOf(db, row.methodologyId);
    const score = to === 'approved' ? scoreAssessment(m, answersOf(row.answers), { sector: row.vsicDivision }) : row.score;
    const updated = await repo.updateAssessment(tx, id, { status: to, score, reviewComment: comment, reviewedBy: actor.userId, reviewedAt: new Date() });
    await recordAudit(tx, ctx, {
      action: to === 'approved' ? 'assessment.approve' : row.status === 'approved' ? 'assessment.reopen' : 'assessment.return',
      entityType: 'assessment',
      entityId: id,
      organisationId: row.organisationId,
      before: { status: row.status },
      after: { status: to, comment },
    });
    await tell(tx, await memberIdsOf(tx, [row.organisationId]), to === 'approved' ? 'assessment.approved' : 'assessment.returned', row, `/assessments/${id}`);
    return detail(actor, { ...updated, organisationName: row.organisationName }, m);
  });
}

/** Score, sector comparison, weaknesses and change since the previous approved assessment. */
export async function assessmentReport(db: Db, actor: Actor, id: string) {
  const row = await visibleAssessment(db, actor, id);
  const m = await methodologyOf(db, row.methodologyId);
  const score = row.score ?? scoreAssessment(m, answersOf(row.answers), { sector: row.vsicDivision });
  const sector = sectorStatistics(m, await repo.sectorScores(db, m.code, row.vsicDivision), row.vsicDivision);
  const previous = await repo.previousApproved(db, row.organisationId, row.id, row.createdAt);
  return {
    assessment: summary(row, m),
    provisional: score.provisional,
    unverified: unverifiedParts(m),
    score,
    sector,
    comparison: compareToSector(score, sector),
    weaknesses: weakestCriteria(m, score, { sector }),
    previous: previous?.score ? { id: previous.id, reviewedAt: iso(previous.reviewedAt), change: compareAssessments(previous.score, score) } : null,
    canDraftDemand: canDraftDemandFrom(actor, row),
  };
}

/** The report with the methodology version it was scored with (its name, version and legal reference go in the PDF). */
export async function reportWithMethodology(db: Db, actor: Actor, id: string) {
  const report = await assessmentReport(db, actor, id);
  return { report, methodology: await methodologyOf(db, report.assessment.methodologyId) };
}

/** What a demand drafted from a weakness needs from this module (the catalogue writes it). */
export async function weaknessForDemand(db: Db, actor: Actor, id: string, criterion: string) {
  const report = await assessmentReport(db, actor, id);
  const row = await visibleAssessment(db, actor, id);
  if (!report.canDraftDemand) throw new AppError('FORBIDDEN', { reason: 'assessment_demand' });
  const weakness = report.weaknesses.find((w) => w.code === criterion);
  if (!weakness) throw new FieldError([{ path: 'criterion', key: 'not_a_weakness' }]);
  return { row, weakness, score: report.score, methodology: await methodologyOf(db, row.methodologyId) };
}
