import type { Db } from '../../../db/client.js';
import type { Rating } from '../../../domain/programmes/acceptance-rating.js';
import { budgetAt, type BudgetStage } from '../../../domain/programmes/budget-lines.js';
import { budgetTotals } from '../../../domain/programmes/budget-totals.js';
import { programmeFigures, type ProgrammeTaskRecord, type TaskOrigin } from '../../../domain/programmes/programme-figures.js';
import { reminderToSend } from '../../../domain/programmes/report-schedule.js';
import type { TaskAction, TaskStatus } from '../../../domain/programmes/task-states.js';
import { AppError, FieldError, forbidden } from '../../errors.js';
import { recordAudit, systemContext, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { createRecord, moveRecord } from '../catalogue/catalogue.service.js';
import { offerKind } from '../catalogue/kinds/index.js';
import { memberIdsOf } from '../connections/connections.repository.js';
import { notify } from '../notifications/notifications.service.js';
import { authorizeRunProgramme, authorizeViewTask, canViewPublicSummary, runsProgramme, taskRoles } from './programmes.policy.js';
import * as repo from './programmes.repository.js';
import { toBudgetLines } from './programmes.service.js';
import { vietnamToday } from '../../../shared/i18n/vietnam-time.js';

/**
 * The programme dashboard, computed from the task records as they stood at `asOf` (default now)
 * with the activity of `year` (default asOf's year): nothing of it is stored.
 */
export async function programmeDashboard(db: Db, actor: Actor, query: { year?: number; asOf?: string }) {
  authorizeRunProgramme(actor);
  // A past year is read as it stood at its end (the year's review); the current one as of now.
  const now = new Date();
  const endOfYear = query.year ? new Date(`${query.year}-12-31T23:59:59Z`) : now;
  const asOf = query.asOf ? new Date(`${query.asOf}T23:59:59Z`) : endOfYear < now ? endOfYear : now;
  const [{ tasks, history }, { budget, reports }] = await Promise.all([repo.dashboardTasks(db), repo.dashboardBudgetsAndReports(db)]);
  const byTask = <T extends { taskId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.taskId, [...(map.get(row.taskId) ?? []), row]);
    return map;
  };
  const historyOf = byTask(history);
  const budgetOf = byTask(budget);
  const reportsOf = byTask(reports);
  const records: ProgrammeTaskRecord[] = tasks.map((t) => {
    const lines = toBudgetLines(budgetOf.get(t.id) ?? []);
    const stage = (s: BudgetStage) => (lines.some((l) => l.versions.some((v) => v.stage === s)) ? budgetAt(lines, s) : null);
    return {
      id: t.id,
      origin: t.origin as TaskOrigin,
      enterpriseLed: t.leadKind === 'enterprise',
      sectorCode: t.sectorCode ?? '',
      provinceCode: t.provinceCode ?? '',
      history: (historyOf.get(t.id) ?? []).map((h) => ({ action: h.action as TaskAction, to: h.to as TaskStatus, at: h.at })),
      budget: { proposed: stage('proposed') ?? [], appraised: stage('appraised'), contracted: stage('contracted') },
      reports: (reportsOf.get(t.id) ?? []).map((r) => ({ dueOn: r.dueOn, remindOn: r.remindOn, filedOn: r.filedOn })),
    };
  });
  const figures = programmeFigures(records, { year: query.year ?? asOf.getUTCFullYear(), asOf });
  return { asOf: asOf.toISOString(), ...figures };
}

/** A page of the published summaries of closed tasks, latest first, with the real total: public. */
export async function listPublicSummaries(db: Db, query: { cursor?: string; limit: number }) {
  const { rows, total, nextCursor } = await repo.publishedSummaries(db, query);
  return {
    total,
    nextCursor,
    items: rows.map((r) => ({
      id: r.task.id,
      title: r.task.title,
      leadName: r.leadName,
      publishedAt: (r.task.summaryPublishedAt as Date).toISOString(),
      acceptanceRating: r.task.acceptanceRating as Rating | null,
    })),
  };
}

/** One public summary: the results, the contracted budget and the products; 404 until published. */
export async function publicSummary(db: Db, id: string) {
  const found = await repo.findTask(db, id);
  if (!found || !canViewPublicSummary(found.task)) throw new AppError('NOT_FOUND', { entity: 'programme-summary' });
  const task = found.task;
  const [budget, products] = await Promise.all([repo.budgetOf(db, [id]), repo.productsOf(db, id)]);
  return {
    id,
    title: task.title,
    leadName: found.leadName,
    origin: task.origin as TaskOrigin,
    sectorCode: task.sectorCode,
    provinceCode: task.provinceCode,
    startOn: task.startOn,
    months: task.months,
    acceptanceRating: task.acceptanceRating as Rating | null,
    publicSummary: task.publicSummary ?? '',
    publishedAt: (task.summaryPublishedAt as Date).toISOString(),
    contracted: budgetTotals(budgetAt(toBudgetLines(budget), 'contracted')),
    products: products.map((p) => ({ id: p.id, name: p.name, description: p.description, isTechnology: p.isTechnology, offerId: p.offerId })),
  };
}

/**
 * The new technologies of a closed task become catalogue offers in one step, owned by the leading
 * organisation and moved through the catalogue's own workflow: submitted, and published at once
 * only when the catalogue lets the caller publish (agency staff moderate; a leader's wait for review).
 */
export async function publishOffers(db: Db, actor: Actor, ctx: AuditContext, id: string, productIds: string[]) {
  const found = await repo.findTask(db, id);
  if (!found) throw new AppError('NOT_FOUND', { entity: 'programme-task' });
  const task = found.task;
  authorizeViewTask(actor, task);
  const roles = taskRoles(actor, task);
  if (!roles.agency && !roles.leader) throw forbidden('task_action_not_yours');
  if (task.status !== 'closed' && task.status !== 'accepted') throw new AppError('INVALID_TRANSITION', { reason: 'task_not_accepted' });
  const products = await repo.productsOf(db, id);
  const chosen = productIds.map((pid, i) => {
    const product = products.find((p) => p.id === pid);
    if (!product || !product.isTechnology) throw new FieldError([{ path: `productIds.${i}`, key: 'not_a_technology_product' }]);
    if (product.offerId) throw new FieldError([{ path: `productIds.${i}`, key: 'offer_already_published' }]);
    return product;
  });
  return db.transaction(async (tx) => {
    const out: Array<{ productId: string; offerId: string; status: string }> = [];
    for (const product of chosen) {
      const created = await createRecord(tx, offerKind, actor, ctx, {
        title: product.name,
        summary: product.description ?? task.publicSummary ?? null,
        description: `${task.title}\n\n${task.publicSummary ?? ''}`.trim(),
        sectorCode: task.sectorCode ?? null,
        ownerOrganisationId: task.leadOrganisationId,
        language: 'vi',
      });
      let moved = await moveRecord(tx, offerKind, actor, ctx, created.id, 'submit');
      if (runsProgramme(actor)) moved = await moveRecord(tx, offerKind, actor, ctx, created.id, 'publish');
      await repo.setProductOffer(tx, product.id, created.id);
      out.push({ productId: product.id, offerId: created.id, status: (moved as unknown as { status: string }).status });
    }
    await recordAudit(tx, ctx, { action: 'programme-task.publish-offers', entityType: 'programme-task', entityId: id, after: { offers: out } });
    return { offers: out };
  });
}

/**
 * Reminds the leading organisation's members of reports coming due (domain reminderToSend: each
 * reminder date once, a missed day caught up once). Run hourly with the other reminders.
 */
export async function remindDueReports(db: Db, now = new Date()): Promise<number> {
  const day = vietnamToday(now);
  let sent = 0;
  for (const due of await repo.reportsToRemind(db, day)) {
    const reminded = await db.transaction(async (tx) => {
      const report = await repo.lockReport(tx, due.report.id);
      if (!report) return false;
      const on = reminderToSend(report, report.filedOn, day, report.lastReminderOn);
      if (!on) return false;
      const recipients = await memberIdsOf(tx, [due.leadOrganisationId]);
      await notify(tx, recipients, {
        kind: 'programme.report-due',
        params: { title: due.title, report: report.kind, dueOn: report.dueOn },
        link: `/programmes/tasks/${report.taskId}`,
      });
      await repo.updateReport(tx, report.id, { lastReminderOn: on });
      await recordAudit(tx, systemContext, {
        action: 'programme-task.report-reminder',
        entityType: 'programme-task',
        entityId: report.taskId,
        after: { report: report.key, dueOn: report.dueOn, recipients: recipients.length },
      });
      return true;
    });
    if (reminded) sent += 1;
  }
  return sent;
}
