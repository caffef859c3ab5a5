import { consolidatedReviews } from '../councils/councils.service.js';
import type { Db, Executor } from '../../../db/client.js';
import { budgetAt, type BudgetLine, type BudgetStage, type FundingSource } from '../../../domain/programmes/budget-lines.js';
import { budgetTotals } from '../../../domain/programmes/budget-totals.js';
import { validateBudget } from '../../../domain/programmes/budget-validation.js';
import { termYears } from '../../../domain/programmes/dates.js';
import { findOverlaps } from '../../../domain/programmes/overlap-check.js';
import type { TaskOrigin } from '../../../domain/programmes/programme-figures.js';
import { reportStatus, type ReportKind } from '../../../domain/programmes/report-schedule.js';
import type { Rating } from '../../../domain/programmes/acceptance-rating.js';
import type { TaskAction, TaskStatus } from '../../../domain/programmes/task-states.js';
import { availableActions } from '../../../domain/programmes/task-transitions.js';
import type { CallBody, DraftBody, ExtensionBody, NewProposalBody, ProposalFields, TaskDetail } from '../../../shared/programmes/programmes.schemas.js';
import { AppError, FieldError, type FieldProblem } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import {
  authorizeEditDraft,
  authorizeProposeFor,
  authorizeRunProgramme,
  authorizeViewTask,
  canEditDraft,
  canSeeOverlaps,
  runsProgramme,
  taskRoles,
} from './programmes.policy.js';
import * as repo from './programmes.repository.js';
import { vietnamToday } from '../../../shared/i18n/vietnam-time.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function callView(db: Executor, actor: Actor | null, rows: repo.CallRow[], now = new Date()) {
  const extensions = await repo.extensionsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((c) => ({
    id: c.id,
    kind: c.kind as 'call' | 'standing',
    title: c.title,
    titleEn: c.titleEn,
    description: c.description,
    deadlineAt: iso(c.deadlineAt),
    blockOverdueLeaders: c.blockOverdueLeaders,
    open: !c.deadlineAt || c.deadlineAt.getTime() >= now.getTime(),
    extensions: extensions
      .filter((e) => e.callId === c.id)
      .map((e) => ({ fromDeadline: iso(e.fromDeadline), toDeadline: e.toDeadline.toISOString(), reason: e.reason, byName: e.byName, at: e.at.toISOString() })),
    canManage: runsProgramme(actor),
  }));
}

/** Calls and standing programmes: anyone signed in reads them to propose. */
export async function listCalls(db: Db, actor: Actor | null, query: { cursor?: string; limit: number }) {
  const { rows, total, nextCursor } = await repo.listCalls(db, query);
  return { items: await callView(db, actor, rows), total, nextCursor, canCreate: runsProgramme(actor) };
}

/** Agency staff open a call (or a standing programme). */
export async function createCall(db: Db, actor: Actor, ctx: AuditContext, body: CallBody) {
  authorizeRunProgramme(actor);
  return db.transaction(async (tx) => {
    const call = await repo.insertCall(tx, {
      kind: body.kind,
      title: body.title,
      titleEn: body.titleEn ?? null,
      description: body.description ?? null,
      deadlineAt: body.kind === 'standing' || !body.deadlineAt ? null : new Date(body.deadlineAt),
      blockOverdueLeaders: body.blockOverdueLeaders,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, { action: 'programme-call.create', entityType: 'programme-call', entityId: call.id, after: call });
    return { id: call.id };
  });
}

/** Moves a call's deadline, recorded with the reason and who did it. */
export async function extendDeadline(db: Db, actor: Actor, ctx: AuditContext, callId: string, body: ExtensionBody) {
  authorizeRunProgramme(actor);
  return db.transaction(async (tx) => {
    const call = await repo.findCall(tx, callId, true);
    if (!call) throw new AppError('NOT_FOUND', { entity: 'programme-call' });
    if (call.kind === 'standing') throw new FieldError([{ path: 'deadlineAt', key: 'standing_has_no_deadline' }]);
    const to = new Date(body.deadlineAt);
    if (call.deadlineAt && to.getTime() <= call.deadlineAt.getTime()) throw new FieldError([{ path: 'deadlineAt', key: 'extension_not_later' }]);
    await repo.setCallDeadline(tx, callId, to);
    await repo.insertExtension(tx, { callId, fromDeadline: call.deadlineAt, toDeadline: to, reason: body.reason, by: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'programme-call.extend',
      entityType: 'programme-call',
      entityId: callId,
      before: { deadlineAt: call.deadlineAt },
      after: { deadlineAt: to, reason: body.reason },
    });
    return (await callView(tx, actor, [{ ...call, deadlineAt: to }]))[0];
  });
}

/** The organisations a person may propose for. */
export function proposerOptions(actor: Actor) {
  return {
    organisations: actor.memberships.map((m) => ({ id: m.organisationId, name: m.organisationName, kind: m.organisationKind })),
    isAgency: runsProgramme(actor),
  };
}

/** Field-named problems of a draft's budget (always checked: a negative line is refused even in a draft). */
function budgetProblems(fields: ProposalFields): FieldProblem[] {
  const term = fields.startOn && fields.months ? termYears(fields.startOn, fields.months) : { firstYear: 1900, lastYear: 2200 };
  return validateBudget({ totalVnd: fields.totalVnd ?? null, stateVnd: fields.stateVnd ?? null, lines: fields.lines }, term);
}

const draftColumns = (fields: ProposalFields) => ({
  origin: fields.origin,
  title: fields.title,
  objectives: fields.objectives,
  technology: fields.technology,
  products: fields.products,
  partners: fields.partners,
  sectorCode: fields.sectorCode ?? null,
  provinceCode: fields.provinceCode ?? null,
  startOn: fields.startOn ?? null,
  months: fields.months ?? null,
});

/** A proposer starts a draft for one of its organisations. */
export async function createProposal(db: Db, actor: Actor, ctx: AuditContext, body: NewProposalBody) {
  authorizeProposeFor(actor, body.proposerOrganisationId);
  const problems = budgetProblems(body);
  if (problems.length) throw new FieldError(problems);
  return db.transaction(async (tx) => {
    const call = await repo.findCall(tx, body.callId);
    if (!call) throw new FieldError([{ path: 'callId', key: 'unknown_code' }]);
    const task = await repo.insertTask(tx, {
      ...draftColumns(body),
      callId: body.callId,
      proposerOrganisationId: body.proposerOrganisationId,
      createdBy: actor.userId,
    });
    await repo.replaceProposedLines(tx, task.id, body.lines, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'programme-task.create',
      entityType: 'programme-task',
      entityId: task.id,
      organisationId: body.proposerOrganisationId,
      after: { ...task, lines: body.lines },
    });
    return { id: task.id, version: task.version, savedAt: task.updatedAt.toISOString() };
  });
}

/**
 * An autosave of a draft: refused with 409 VERSION_CONFLICT when another save happened since the
 * version the form started from, so a stale tab never overwrites newer text.
 */
export async function saveDraft(db: Db, actor: Actor, ctx: AuditContext, id: string, body: DraftBody) {
  const problems = budgetProblems(body);
  return db.transaction(async (tx) => {
    const task = await repo.lockTask(tx, id);
    if (!task) throw new AppError('NOT_FOUND', { entity: 'programme-task' });
    authorizeEditDraft(actor, { ...task, summaryPublishedAt: task.summaryPublishedAt });
    if (task.version !== body.version) throw new AppError('VERSION_CONFLICT', { currentVersion: task.version });
    if (problems.length) throw new FieldError(problems);
    const after = await repo.updateTask(tx, id, { ...draftColumns(body), version: task.version + 1 });
    await repo.replaceProposedLines(tx, id, body.lines, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'programme-task.save-draft',
      entityType: 'programme-task',
      entityId: id,
      organisationId: task.proposerOrganisationId,
      after: { version: after.version },
    });
    return { id, version: after.version, savedAt: after.updatedAt.toISOString() };
  });
}

type LineRow = Awaited<ReturnType<typeof repo.budgetOf>>[number];

/** Budget rows as the domain's lines (versions by stage). */
export function toBudgetLines(rows: ReadonlyArray<Omit<LineRow, 'byName' | 'note'> & { byName?: string | null; note?: string | null }>): BudgetLine[] {
  const lines = new Map<string, BudgetLine & { versions: BudgetLine['versions'][number][] }>();
  for (const r of rows) {
    const line = lines.get(r.lineId) ?? { id: r.lineId, year: r.year, source: r.source as FundingSource, item: r.item, versions: [] };
    line.versions.push({ stage: r.stage as BudgetStage, version: r.version, amountVnd: r.amountVnd, by: r.byName ?? '', at: r.at, note: r.note ?? null });
    lines.set(r.lineId, line);
  }
  return [...lines.values()];
}

function budgetView(rows: LineRow[]) {
  const lines = toBudgetLines(rows);
  const amountAtStage = (line: BudgetLine, stage: BudgetStage) => budgetAt([line], stage)[0]?.amountVnd ?? null;
  const hasStage = (stage: BudgetStage) => lines.some((l) => l.versions.some((v) => v.stage === stage));
  const totals = (stage: BudgetStage) => budgetTotals(hasStage(stage) ? budgetAt(lines, stage) : []);
  return {
    lines: lines.map((line) => ({
      id: line.id,
      year: line.year,
      source: line.source,
      item: line.item,
      proposedVnd: amountAtStage(line, 'proposed'),
      appraisedVnd: hasStage('appraised') ? amountAtStage(line, 'appraised') : null,
      contractedVnd: hasStage('contracted') ? amountAtStage(line, 'contracted') : null,
      versions: rows
        .filter((r) => r.lineId === line.id)
        .map((r) => ({ stage: r.stage as BudgetStage, version: r.version, amountVnd: r.amountVnd, byName: r.byName, at: r.at.toISOString(), note: r.note })),
    })),
    proposed: totals('proposed'),
    appraised: totals('appraised'),
    contracted: totals('contracted'),
  };
}

/** The text a proposal is compared by. */
export const taskText = (t: { title: string; objectives: string; technology: string }) => `${t.title}\n${t.objectives}\n${t.technology}`;

/** Close pairs of a proposal with other tasks and published offers (for the staff preparing the council). */
async function overlapsOf(db: Executor, task: repo.TaskRow) {
  const candidates = await repo.overlapCandidates(db, task.id);
  const titles = new Map<string, string>();
  for (const t of candidates.tasks) titles.set(t.id, t.title);
  for (const o of candidates.offers) titles.set(o.id, o.title);
  const pairs = findOverlaps(taskText(task), [
    ...candidates.tasks.map((t) => ({ id: t.id, kind: 'task' as const, text: taskText(t) })),
    ...candidates.offers.map((o) => ({ id: o.id, kind: 'offer' as const, text: `${o.title}\n${o.summary ?? ''}` })),
  ]);
  return pairs.map((p) => ({ ...p, score: Math.round(p.score * 100) / 100, title: titles.get(p.id) ?? '' }));
}

/** A task as its proposer, leader or agency staff see it: history with reasons, budget with versions, reports, and what they may do now. */
export async function taskDetail(db: Db, actor: Actor | null, id: string): Promise<TaskDetail> {
  const found = await repo.findTask(db, id);
  if (!found) throw new AppError('NOT_FOUND', { entity: 'programme-task' });
  const task = found.task;
  authorizeViewTask(actor, task);
  const [history, budget, reports, inspections, products, reviews] = await Promise.all([
    repo.historyOf(db, id),
    repo.budgetOf(db, [id]),
    repo.reportsOf(db, [id]),
    repo.inspectionsOf(db, id),
    repo.productsOf(db, id),
    consolidatedReviews(db, 'programme-task', [id]),
  ]);
  const roles = taskRoles(actor, task);
  const day = vietnamToday();
  const state = { status: task.status as TaskStatus, since: task.since, leadOrganisationId: task.leadOrganisationId, acceptanceRating: null, endedFrom: null };
  return {
    id: task.id,
    callId: task.callId,
    callTitle: found.callTitle,
    callDeadlineAt: iso(found.callDeadlineAt),
    proposerOrganisationId: task.proposerOrganisationId,
    proposerName: found.proposerName,
    leadOrganisationId: task.leadOrganisationId,
    leadName: found.leadName,
    origin: task.origin as TaskOrigin,
    title: task.title,
    objectives: task.objectives,
    technology: task.technology,
    products: task.products,
    partners: task.partners,
    sectorCode: task.sectorCode,
    provinceCode: task.provinceCode,
    startOn: task.startOn,
    months: task.months,
    status: task.status as TaskStatus,
    version: task.version,
    receiptNumber: task.receiptNumber,
    submittedAt: iso(task.submittedAt),
    acceptanceRating: task.acceptanceRating as Rating | null,
    finalReportRating: task.finalReportRating as Rating | null,
    publicSummary: task.publicSummary,
    summaryPublishedAt: iso(task.summaryPublishedAt),
    history: history.map((h) => ({
      action: h.action as TaskAction,
      from: h.from as TaskStatus,
      to: h.to as TaskStatus,
      byName: h.byName,
      at: h.at.toISOString(),
      reason: h.reason,
    })),
    budget: budgetView(budget),
    reports: reports.map((r) => ({
      id: r.id,
      kind: r.kind as ReportKind,
      sequence: r.sequence,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      dueOn: r.dueOn,
      remindOn: r.remindOn,
      filedOn: r.filedOn,
      summary: r.summary,
      attachmentId: r.attachmentId,
      status: reportStatus(r, r.filedOn, day),
    })),
    inspections,
    acceptedProducts: products.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      isTechnology: p.isTechnology,
      quantity: p.quantityRating as Rating,
      quality: p.qualityRating as Rating,
      offerId: p.offerId,
    })),
    overlaps: canSeeOverlaps(actor) && task.status !== 'draft' ? await overlapsOf(db, task) : null,
    councilReviews: reviews.map((r) => ({ councilName: r.councilName, councilKind: r.councilKind, form: r.form, result: r.result })),
    actions: availableActions(state, roles),
    canEditDraft: canEditDraft(actor, task),
    canRun: roles.agency,
  };
}

/** Tasks a person may see: all proposals for agency staff, their organisations' own for proposers and leaders. */
export async function listTasks(db: Db, actor: Actor, query: { status?: TaskStatus; mine?: 'true' | 'false'; q?: string; cursor?: string; limit: number }) {
  const all = runsProgramme(actor) && query.mine !== 'true';
  const { rows, total, nextCursor } = await repo.listTasks(db, all ? null : actor.memberships.map((m) => m.organisationId), {
    status: query.status,
    q: query.q,
    cursor: query.cursor,
    limit: query.limit,
  });
  return {
    items: rows.map((r) => ({
      id: r.task.id,
      callId: r.task.callId,
      callTitle: r.callTitle,
      title: r.task.title,
      origin: r.task.origin as TaskOrigin,
      status: r.task.status as TaskStatus,
      proposerName: r.proposerName,
      leadName: r.leadName,
      receiptNumber: r.task.receiptNumber,
      submittedAt: iso(r.task.submittedAt),
      updatedAt: r.task.updatedAt.toISOString(),
      overdueReports: Number(r.overdueReports),
    })),
    total,
    nextCursor,
  };
}
