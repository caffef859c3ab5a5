import { followTaskState } from '../roadmaps/roadmap-records.service.js';
import type { Db, Executor } from '../../../db/client.js';
import { rateAcceptance, type Rating } from '../../../domain/programmes/acceptance-rating.js';
import { budgetAt, reviseLine } from '../../../domain/programmes/budget-lines.js';
import { validateBudget } from '../../../domain/programmes/budget-validation.js';
import { termYears } from '../../../domain/programmes/dates.js';
import { generateReportSchedule } from '../../../domain/programmes/report-schedule.js';
import type { TaskAction, TaskStatus } from '../../../domain/programmes/task-states.js';
import { decideTransition, type TaskState } from '../../../domain/programmes/task-transitions.js';
import type {
  AcceptanceBody,
  AppraisalBody,
  CloseBody,
  InspectionBody,
  ReportFilingBody,
  TransitionBody,
} from '../../../shared/programmes/programmes.schemas.js';
import { AppError, FieldError, forbidden, type FieldProblem } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import { auditContextOf, type Actor } from '../auth/actor.js';
import { authorizeFileReport, authorizeRunProgramme, authorizeViewTask, taskRoles } from './programmes.policy.js';
import * as repo from './programmes.repository.js';
import { toBudgetLines } from './programmes.service.js';
import { vietnamToday } from '../../../shared/i18n/vietnam-time.js';

/** Actions with their own endpoint (they carry more than a reason). */
const dedicated: readonly TaskAction[] = ['file-report', 'record-inspection', 'record-acceptance', 'close'];

type Extras = { reason?: string | null; leadOrganisationId?: string | null; acceptanceRating?: Rating | null };

const stateOf = (task: repo.TaskRow): TaskState => ({
  status: task.status as TaskStatus,
  since: task.since,
  leadOrganisationId: task.leadOrganisationId,
  acceptanceRating: task.acceptanceRating as Rating | null,
  endedFrom: task.endedFrom as TaskStatus | null,
});

/** What a proposal needs before it can be submitted, each problem naming its field. */
async function submissionProblems(tx: Executor, task: repo.TaskRow): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const field of ['title', 'objectives', 'technology', 'products'] as const) if (!task[field].trim()) problems.push({ path: field, key: 'blank' });
  if (!task.startOn) problems.push({ path: 'startOn', key: 'blank' });
  if (!task.months) problems.push({ path: 'months', key: 'blank' });
  const lines = budgetAt(toBudgetLines(await repo.budgetOf(tx, [task.id])), 'proposed');
  if (lines.length === 0) problems.push({ path: 'lines', key: 'budget_required' });
  else if (task.startOn && task.months) problems.push(...validateBudget({ totalVnd: null, stateVnd: null, lines }, termYears(task.startOn, task.months)));
  return problems;
}

function refusal(code: string, path?: string): AppError {
  switch (code) {
    case 'forbidden-role':
      return forbidden('task_action_not_yours');
    case 'missing-field':
      return new FieldError([{ path: path ?? 'reason', key: 'blank' }]);
    case 'past-deadline':
      return new AppError('INVALID_TRANSITION', { reason: 'call_deadline_passed' });
    case 'overdue-reports':
      return new AppError('INVALID_TRANSITION', { reason: 'leader_has_overdue_reports' });
    case 'finished':
      return new AppError('INVALID_TRANSITION', { reason: 'task_finished' });
    default:
      return new AppError('INVALID_TRANSITION', { reason: 'task_transition_not_allowed' });
  }
}

/** Decides and records one transition of a locked task: the history row, the new state and the audit entry, in the caller's transaction. */
async function applyTransition(
  tx: Executor,
  actor: Actor,
  ctx: AuditContext,
  task: repo.TaskRow,
  action: TaskAction,
  extras: Extras,
  now = new Date(),
  /** Further columns the transition writes, in the same statement (the receipt of a submission). */
  patch: Partial<Parameters<typeof repo.updateTask>[2]> = {},
) {
  authorizeViewTask(actor, task);
  const call = await repo.findCall(tx, task.callId);
  const blocked =
    action === 'submit' &&
    !!call?.blockOverdueLeaders &&
    !!task.proposerOrganisationId &&
    (await repo.hasOverdueReports(tx, task.proposerOrganisationId, vietnamToday(now)));
  const decision = decideTransition(stateOf(task), action, {
    by: actor.userId,
    at: now,
    roles: taskRoles(actor, task),
    reason: extras.reason,
    leadOrganisationId: extras.leadOrganisationId,
    acceptanceRating: extras.acceptanceRating,
    submissionDeadline: call?.deadlineAt ?? null,
    blockedByOverdueReports: blocked,
  });
  if (!decision.ok) throw refusal(decision.code, decision.path);
  const { next, entry } = decision;
  await repo.insertTransition(tx, { taskId: task.id, action, fromStatus: entry.from, toStatus: entry.to, by: actor.userId, at: now, reason: entry.reason });
  const after = await repo.updateTask(tx, task.id, {
    ...patch,
    status: next.status,
    since: next.since,
    leadOrganisationId: next.leadOrganisationId,
    acceptanceRating: next.acceptanceRating,
    endedFrom: next.endedFrom,
  });
  await recordAudit(tx, ctx, {
    action: `programme-task.${action}`,
    entityType: 'programme-task',
    entityId: task.id,
    organisationId: task.proposerOrganisationId,
    before: { status: task.status },
    after: { status: next.status, reason: entry.reason, leadOrganisationId: next.leadOrganisationId },
  });
  // Roadmap items tied to the task move with it, in the same transaction.
  if (next.status !== task.status) await followTaskState(tx, task.id);
  return after;
}

async function lockOr404(tx: Executor, id: string) {
  const task = await repo.lockTask(tx, id);
  if (!task) throw new AppError('NOT_FOUND', { entity: 'programme-task' });
  return task;
}

/** A task for an agency-only step: 404 for who cannot see it, 403 for proposers and leaders. */
async function agencyTask(tx: Executor, actor: Actor, id: string) {
  const task = await lockOr404(tx, id);
  authorizeViewTask(actor, task);
  authorizeRunProgramme(actor);
  return task;
}

/** Submitting: the proposal must be complete and the call open; it gets its receipt number. */
async function submit(tx: Executor, actor: Actor, ctx: AuditContext, task: repo.TaskRow, now: Date) {
  authorizeViewTask(actor, task);
  if (!taskRoles(actor, task).proposer) throw forbidden('task_action_not_yours');
  const problems = await submissionProblems(tx, task);
  if (problems.length) throw new FieldError(problems);
  const after = await applyTransition(tx, actor, ctx, task, 'submit', {}, now, {
    receiptNumber: repo.nextReceiptNumber(now.getUTCFullYear()),
    submittedAt: now,
  });
  return { receiptNumber: after.receiptNumber as string, submittedAt: now.toISOString() };
}

/** The contract fixes the budget (appraised amounts become contracted) and generates the schedule of reports. */
async function contract(tx: Executor, actor: Actor, task: repo.TaskRow, now: Date) {
  if (!task.startOn || !task.months) throw new FieldError([{ path: 'startOn', key: 'blank' }]);
  const lines = toBudgetLines(await repo.budgetOf(tx, [task.id]));
  const appraised = budgetAt(lines, 'appraised');
  await repo.insertBudgetVersions(
    tx,
    appraised.map((a) => ({
      lineId: a.lineId,
      stage: 'contracted',
      version: Math.max(...(lines.find((l) => l.id === a.lineId)?.versions.map((v) => v.version) ?? [0])) + 1,
      amountVnd: a.amountVnd,
      by: actor.userId,
      at: now,
    })),
  );
  const schedule = generateReportSchedule({ startOn: task.startOn, months: task.months });
  await repo.insertReports(
    tx,
    schedule.map((r) => ({
      taskId: task.id,
      key: r.key,
      kind: r.kind,
      sequence: r.sequence,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      dueOn: r.dueOn,
      remindOn: r.remindOn,
    })),
  );
}

/** One transition of a task's life, by the generic endpoint (submit, screening, councils' conclusions, selection, appraisal, contract, withdrawal…). */
export async function transitionTask(db: Db, actor: Actor, ctx: AuditContext, id: string, body: TransitionBody) {
  if (dedicated.includes(body.action)) throw new AppError('BAD_REQUEST', { reason: 'use_dedicated_endpoint' });
  const now = new Date();
  return db.transaction(async (tx) => {
    const task = await lockOr404(tx, id);
    if (body.action === 'submit') return { id, status: 'submitted', ...(await submit(tx, actor, ctx, task, now)) };
    if (body.leadOrganisationId && (await repo.organisationsByIds(tx, [body.leadOrganisationId])).length === 0)
      throw new FieldError([{ path: 'leadOrganisationId', key: 'unknown_organisation' }]);
    if (body.action === 'sign-contract') {
      authorizeViewTask(actor, task);
      if (!taskRoles(actor, task).agency) throw forbidden('task_action_not_yours');
      if (task.status === 'appraised') await contract(tx, actor, task, now);
    }
    const after = await applyTransition(tx, actor, ctx, task, body.action, body, now);
    return { id, status: after.status, receiptNumber: after.receiptNumber, submittedAt: after.submittedAt?.toISOString() ?? null };
  });
}

/**
 * The seam for the councils module: records an identification council's consolidated conclusion
 * as the task's `identify` or `decline` transition, inside the caller's transaction.
 */
export async function recordCouncilConclusion(tx: Executor, taskId: string, conclusion: { outcome: 'identified' | 'rejected'; reason: string; actor: Actor }) {
  const task = await lockOr404(tx, taskId);
  const action: TaskAction = conclusion.outcome === 'identified' ? 'identify' : 'decline';
  return applyTransition(tx, conclusion.actor, auditContextOf(conclusion.actor), task, action, { reason: conclusion.reason });
}

/**
 * Agency staff appraise the budget line by line: each changed line gets a new version at the
 * appraised stage. Bad amounts, or a result whose state share exceeds the total, write nothing.
 */
export async function appraiseBudget(db: Db, actor: Actor, ctx: AuditContext, id: string, body: AppraisalBody) {
  authorizeRunProgramme(actor);
  const now = new Date();
  return db.transaction(async (tx) => {
    const task = await lockOr404(tx, id);
    if (task.status !== 'appraisal') throw new AppError('INVALID_TRANSITION', { reason: 'not_in_appraisal' });
    let lines = toBudgetLines(await repo.budgetOf(tx, [id]));
    const problems: FieldProblem[] = [];
    const versions: Array<{ lineId: string; version: number; amountVnd: number; note: string | null }> = [];
    body.lines.forEach((change, i) => {
      const line = lines.find((l) => l.id === change.lineId);
      if (!line) return problems.push({ path: `lines[${i}].lineId`, key: 'unknown_budget_line' });
      const revised = reviseLine(line, 'appraised', change.amountVnd, { by: actor.userId, at: now, note: change.note });
      if (!revised.ok) return problems.push({ path: `lines[${i}].${revised.problem.path}`, key: revised.problem.key });
      lines = lines.map((l) => (l.id === line.id ? revised.line : l));
      const v = revised.line.versions[revised.line.versions.length - 1];
      versions.push({ lineId: line.id, version: v.version, amountVnd: v.amountVnd, note: v.note });
    });
    if (problems.length) throw new FieldError(problems);
    const term = task.startOn && task.months ? termYears(task.startOn, task.months) : { firstYear: 1900, lastYear: 2200 };
    const whole = validateBudget({ totalVnd: null, stateVnd: null, lines: budgetAt(lines, 'appraised') }, term);
    if (whole.length) throw new FieldError(whole);
    await repo.insertBudgetVersions(
      tx,
      versions.map((v) => ({ ...v, stage: 'appraised', by: actor.userId, at: now })),
    );
    await recordAudit(tx, ctx, { action: 'programme-task.appraise-budget', entityType: 'programme-task', entityId: id, after: { lines: versions } });
    return { id, lines: versions.length };
  });
}

/** The leading organisation files one of its scheduled reports (with an attachment if it uploaded one). */
export async function fileReport(db: Db, actor: Actor, ctx: AuditContext, id: string, reportId: string, body: ReportFilingBody) {
  const now = new Date();
  return db.transaction(async (tx) => {
    const task = await lockOr404(tx, id);
    authorizeFileReport(actor, task);
    const report = await repo.lockReport(tx, reportId);
    if (!report || report.taskId !== id) throw new AppError('NOT_FOUND', { entity: 'programme-report' });
    if (report.filedOn) throw new AppError('CONFLICT', { reason: 'report_already_filed' });
    await applyTransition(tx, actor, ctx, task, 'file-report', { reason: `${report.kind}-${report.sequence}` }, now);
    await repo.updateReport(tx, reportId, {
      filedOn: vietnamToday(now),
      filedBy: actor.userId,
      summary: body.summary,
      attachmentId: body.attachmentId ?? null,
    });
    return { id: reportId, filedOn: vietnamToday(now) };
  });
}

/** Agency staff record an inspection with its findings and the deadline to act on them. */
export async function recordInspection(db: Db, actor: Actor, ctx: AuditContext, id: string, body: InspectionBody) {
  const now = new Date();
  return db.transaction(async (tx) => {
    const task = await agencyTask(tx, actor, id);
    if (body.actionDeadline && body.actionDeadline < body.inspectedOn) throw new FieldError([{ path: 'actionDeadline', key: 'ends_before_start' }]);
    await applyTransition(tx, actor, ctx, task, 'record-inspection', { reason: body.findings }, now);
    const row = await repo.insertInspection(tx, { taskId: id, ...body, actionDeadline: body.actionDeadline ?? null, by: actor.userId });
    return { id: row.id };
  });
}

/** Acceptance: each product rated on quantity and quality, the final report rated; the overall rating follows the methodology rule. */
export async function recordAcceptance(db: Db, actor: Actor, ctx: AuditContext, id: string, body: AcceptanceBody) {
  const now = new Date();
  const outcome = rateAcceptance(
    body.products.map((p, i) => ({ productId: String(i), quantity: p.quantity, quality: p.quality })),
    body.finalReport,
  );
  return db.transaction(async (tx) => {
    const task = await agencyTask(tx, actor, id);
    await applyTransition(tx, actor, ctx, task, 'record-acceptance', { acceptanceRating: outcome.rating, reason: outcome.shortfalls.join(', ') || null }, now);
    await repo.updateTask(tx, id, { finalReportRating: body.finalReport });
    await repo.replaceProducts(
      tx,
      id,
      body.products.map((p) => ({
        name: p.name,
        description: p.description ?? null,
        isTechnology: p.isTechnology,
        quantityRating: p.quantity,
        qualityRating: p.quality,
      })),
    );
    return { id, rating: outcome.rating, shortfalls: outcome.shortfalls };
  });
}

/** Closing publishes the public summary of the results. */
export async function closeTask(db: Db, actor: Actor, ctx: AuditContext, id: string, body: CloseBody) {
  const now = new Date();
  return db.transaction(async (tx) => {
    const task = await agencyTask(tx, actor, id);
    await applyTransition(tx, actor, ctx, task, 'close', {}, now);
    await repo.updateTask(tx, id, { publicSummary: body.publicSummary, summaryPublishedAt: now });
    return { id, status: 'closed' };
  });
}
