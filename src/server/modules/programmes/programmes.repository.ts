import { aliasedTable, and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.js';
import { fold } from '../../../domain/text/fold.js';
import { containsPattern } from '../../../domain/text/like-pattern.js';
import {
  offers,
  organisations,
  programmeBudgetLines,
  programmeBudgetVersions,
  programmeCallExtensions,
  programmeCalls,
  programmeInspections,
  programmeReceiptSeq,
  programmeTaskProducts,
  programmeTaskReports,
  programmeTaskTransitions,
  programmeTasks,
  users,
} from '../../../db/schema/index.js';
import { countAll, keyset, toPage } from '../../keyset-page.repository.js';

export type CallRow = typeof programmeCalls.$inferSelect;
export type TaskRow = typeof programmeTasks.$inferSelect;

const proposer = aliasedTable(organisations, 'proposer');
const leader = aliasedTable(organisations, 'leader');

/** A page of calls, newest first; and how many calls in all. */
export async function listCalls(db: Executor, filter: { cursor?: string; limit: number }) {
  const order = keyset([
    { column: programmeCalls.createdAt, kind: 'timestamp', direction: 'desc' },
    { column: programmeCalls.id, kind: 'uuid', direction: 'desc' },
  ]);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ call: programmeCalls, cursorKey: order.cursorKey })
      .from(programmeCalls)
      .where(order.after(filter.cursor))
      .orderBy(...order.orderBy)
      .limit(filter.limit + 1),
    db.select({ total: countAll }).from(programmeCalls),
  ]);
  const page = toPage(rows, filter.limit);
  return { rows: page.rows.map((r) => r.call), total, nextCursor: page.nextCursor };
}

export async function findCall(db: Executor, id: string, lock = false) {
  const query = db.select().from(programmeCalls).where(eq(programmeCalls.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertCall(db: Executor, row: typeof programmeCalls.$inferInsert) {
  const [inserted] = await db.insert(programmeCalls).values(row).returning();
  return inserted;
}

export async function setCallDeadline(db: Executor, id: string, deadlineAt: Date) {
  await db.update(programmeCalls).set({ deadlineAt }).where(eq(programmeCalls.id, id));
}

export async function insertExtension(db: Executor, row: typeof programmeCallExtensions.$inferInsert) {
  await db.insert(programmeCallExtensions).values(row);
}

export async function extensionsOf(db: Executor, callIds: string[]) {
  if (callIds.length === 0) return [];
  return db
    .select({
      callId: programmeCallExtensions.callId,
      fromDeadline: programmeCallExtensions.fromDeadline,
      toDeadline: programmeCallExtensions.toDeadline,
      reason: programmeCallExtensions.reason,
      byName: users.name,
      at: programmeCallExtensions.at,
    })
    .from(programmeCallExtensions)
    .leftJoin(users, eq(users.id, programmeCallExtensions.by))
    .where(inArray(programmeCallExtensions.callId, callIds))
    .orderBy(asc(programmeCallExtensions.at));
}

/** The next receipt number of the year (NV-2026-000123), drawn in the statement that writes it. */
export const nextReceiptNumber = (year: number) => sql<string>`${`NV-${year}-`} || lpad(nextval(${sql.raw(`'${programmeReceiptSeq.seqName}'`)})::text, 6, '0')`;

export async function insertTask(db: Executor, row: typeof programmeTasks.$inferInsert) {
  const [inserted] = await db.insert(programmeTasks).values(row).returning();
  return inserted;
}

/** A task with the names around it. */
export async function findTask(db: Executor, id: string) {
  const [row] = await db
    .select({
      task: programmeTasks,
      callTitle: programmeCalls.title,
      callDeadlineAt: programmeCalls.deadlineAt,
      proposerName: proposer.nameVi,
      leadName: leader.nameVi,
    })
    .from(programmeTasks)
    .innerJoin(programmeCalls, eq(programmeCalls.id, programmeTasks.callId))
    .leftJoin(proposer, eq(proposer.id, programmeTasks.proposerOrganisationId))
    .leftJoin(leader, eq(leader.id, programmeTasks.leadOrganisationId))
    .where(eq(programmeTasks.id, id));
  return row;
}

export async function lockTask(db: Executor, id: string) {
  const [row] = await db.select().from(programmeTasks).where(eq(programmeTasks.id, id)).for('update');
  return row;
}

/** Writes the given columns (values, or SQL such as a receipt number drawn in the statement) and returns the row. */
export async function updateTask(db: Executor, id: string, patch: PgUpdateSetSource<typeof programmeTasks>) {
  const [row] = await db
    .update(programmeTasks)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(programmeTasks.id, id))
    .returning();
  return row;
}

/** Tasks the caller may see: all (null) or those proposed or led by the given organisations; newest first, a page at a time. */
export async function listTasks(db: Executor, organisationIds: string[] | null, query: { status?: string; q?: string; cursor?: string; limit: number }) {
  const order = keyset([
    { column: programmeTasks.updatedAt, kind: 'timestamp', direction: 'desc' },
    { column: programmeTasks.id, kind: 'uuid', direction: 'asc' },
  ]);
  const after = order.after(query.cursor);
  const conditions: SQL[] = [];
  if (organisationIds !== null) {
    if (organisationIds.length === 0) return { rows: [], total: 0, nextCursor: null };
    const mine = or(inArray(programmeTasks.proposerOrganisationId, organisationIds), inArray(programmeTasks.leadOrganisationId, organisationIds));
    if (mine) conditions.push(mine);
  } else conditions.push(ne(programmeTasks.status, 'draft'));
  if (query.status) conditions.push(eq(programmeTasks.status, query.status));
  // Each word of `q` (folded) in the task's title or receipt number.
  for (const word of fold(query.q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8))
    conditions.push(sql`tb_fold(concat_ws(' ', ${programmeTasks.title}, ${programmeTasks.receiptNumber})) like ${containsPattern(word)}`);
  const where = and(...conditions);
  const overdue = sql<number>`(select count(*)::int from ${programmeTaskReports} r where r.task_id = ${programmeTasks.id} and r.filed_on is null and r.due_on < current_date)`;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        task: programmeTasks,
        callTitle: programmeCalls.title,
        proposerName: proposer.nameVi,
        leadName: leader.nameVi,
        overdueReports: overdue,
        cursorKey: order.cursorKey,
      })
      .from(programmeTasks)
      .innerJoin(programmeCalls, eq(programmeCalls.id, programmeTasks.callId))
      .leftJoin(proposer, eq(proposer.id, programmeTasks.proposerOrganisationId))
      .leftJoin(leader, eq(leader.id, programmeTasks.leadOrganisationId))
      .where(and(where, after))
      .orderBy(...order.orderBy)
      .limit(query.limit + 1),
    db.select({ total: countAll }).from(programmeTasks).where(where),
  ]);
  return { ...toPage(rows, query.limit), total };
}

export async function insertTransition(db: Executor, row: typeof programmeTaskTransitions.$inferInsert) {
  await db.insert(programmeTaskTransitions).values(row);
}

export async function historyOf(db: Executor, taskId: string) {
  return db
    .select({
      action: programmeTaskTransitions.action,
      from: programmeTaskTransitions.fromStatus,
      to: programmeTaskTransitions.toStatus,
      byName: users.name,
      at: programmeTaskTransitions.at,
      reason: programmeTaskTransitions.reason,
    })
    .from(programmeTaskTransitions)
    .leftJoin(users, eq(users.id, programmeTaskTransitions.by))
    .where(eq(programmeTaskTransitions.taskId, taskId))
    .orderBy(asc(programmeTaskTransitions.at), asc(programmeTaskTransitions.id));
}

/**
 * A draft's proposed lines are replaced as a whole at each autosave (the proposal is not yet on
 * record): the old lines go (their versions by cascade) and the new lines with their proposed
 * amounts come in one statement, one round trip however many lines — autosaves of hundreds of
 * proposers arrive together before a deadline.
 */
export async function replaceProposedLines(
  db: Executor,
  taskId: string,
  lines: Array<{ year: number; source: string; item: string; amountVnd: number }>,
  by: string | null,
) {
  const input = JSON.stringify(lines.map((l, position) => ({ position, year: l.year, source: l.source, item: l.item, amount: l.amountVnd })));
  await db.execute(sql`
    with gone as (delete from ${programmeBudgetLines} where ${programmeBudgetLines.taskId} = ${taskId}::uuid),
    input as (select * from jsonb_to_recordset(${input}::jsonb) as x("position" int, year int, source text, item text, amount bigint)),
    added as (
      insert into ${programmeBudgetLines} (task_id, year, source, item, "position")
      select ${taskId}::uuid, year, source, item, "position" from input
      returning id, "position"
    )
    insert into ${programmeBudgetVersions} (line_id, stage, version, amount_vnd, by)
    select added.id, 'proposed', 1, input.amount, ${by}::text from added join input using ("position")`);
}

export async function insertBudgetVersions(db: Executor, rows: Array<typeof programmeBudgetVersions.$inferInsert>) {
  if (rows.length) await db.insert(programmeBudgetVersions).values(rows);
}

/** Budget lines of many tasks with every version of their amounts (and who made it). */
export async function budgetOf(db: Executor, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return db
    .select({
      taskId: programmeBudgetLines.taskId,
      lineId: programmeBudgetLines.id,
      year: programmeBudgetLines.year,
      source: programmeBudgetLines.source,
      item: programmeBudgetLines.item,
      stage: programmeBudgetVersions.stage,
      version: programmeBudgetVersions.version,
      amountVnd: programmeBudgetVersions.amountVnd,
      byName: users.name,
      at: programmeBudgetVersions.at,
      note: programmeBudgetVersions.note,
    })
    .from(programmeBudgetLines)
    .innerJoin(programmeBudgetVersions, eq(programmeBudgetVersions.lineId, programmeBudgetLines.id))
    .leftJoin(users, eq(users.id, programmeBudgetVersions.by))
    .where(inArray(programmeBudgetLines.taskId, taskIds))
    .orderBy(asc(programmeBudgetLines.taskId), asc(programmeBudgetLines.position), asc(programmeBudgetVersions.version));
}

export async function insertReports(db: Executor, rows: Array<typeof programmeTaskReports.$inferInsert>) {
  if (rows.length) await db.insert(programmeTaskReports).values(rows).onConflictDoNothing();
}

export async function reportsOf(db: Executor, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return db
    .select()
    .from(programmeTaskReports)
    .where(inArray(programmeTaskReports.taskId, taskIds))
    .orderBy(asc(programmeTaskReports.dueOn), asc(programmeTaskReports.kind));
}

export async function lockReport(db: Executor, id: string) {
  const [row] = await db.select().from(programmeTaskReports).where(eq(programmeTaskReports.id, id)).for('update');
  return row;
}

export async function updateReport(db: Executor, id: string, patch: Partial<typeof programmeTaskReports.$inferInsert>) {
  await db.update(programmeTaskReports).set(patch).where(eq(programmeTaskReports.id, id));
}

/** Unfiled reports of tasks under way, due from `today` on, that have a reminder date reached: what the reminder job looks at. */
export async function reportsToRemind(db: Executor, today: string) {
  return db
    .select({ report: programmeTaskReports, title: programmeTasks.title, leadOrganisationId: programmeTasks.leadOrganisationId })
    .from(programmeTaskReports)
    .innerJoin(programmeTasks, eq(programmeTasks.id, programmeTaskReports.taskId))
    .where(
      and(
        isNull(programmeTaskReports.filedOn),
        sql`${programmeTaskReports.dueOn} >= ${today}`,
        sql`exists (select 1 from unnest(${programmeTaskReports.remindOn}) d where d <= ${today})`,
        inArray(programmeTasks.status, ['in-progress', 'acceptance']),
      ),
    );
}

/** Whether an organisation leads a task under way with a report past due. */
export async function hasOverdueReports(db: Executor, organisationId: string, today: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(programmeTaskReports)
    .innerJoin(programmeTasks, eq(programmeTasks.id, programmeTaskReports.taskId))
    .where(
      and(
        eq(programmeTasks.leadOrganisationId, organisationId),
        inArray(programmeTasks.status, ['in-progress', 'acceptance']),
        isNull(programmeTaskReports.filedOn),
        lt(programmeTaskReports.dueOn, today),
      ),
    );
  return row.n > 0;
}

export async function insertInspection(db: Executor, row: typeof programmeInspections.$inferInsert) {
  const [inserted] = await db.insert(programmeInspections).values(row).returning();
  return inserted;
}

export async function inspectionsOf(db: Executor, taskId: string) {
  return db
    .select({
      id: programmeInspections.id,
      inspectedOn: programmeInspections.inspectedOn,
      findings: programmeInspections.findings,
      actionDeadline: programmeInspections.actionDeadline,
      byName: users.name,
    })
    .from(programmeInspections)
    .leftJoin(users, eq(users.id, programmeInspections.by))
    .where(eq(programmeInspections.taskId, taskId))
    .orderBy(asc(programmeInspections.inspectedOn));
}

export async function replaceProducts(db: Executor, taskId: string, rows: Array<Omit<typeof programmeTaskProducts.$inferInsert, 'taskId'>>) {
  await db.delete(programmeTaskProducts).where(eq(programmeTaskProducts.taskId, taskId));
  if (rows.length) await db.insert(programmeTaskProducts).values(rows.map((r, position) => ({ ...r, taskId, position })));
}

export async function productsOf(db: Executor, taskId: string) {
  return db.select().from(programmeTaskProducts).where(eq(programmeTaskProducts.taskId, taskId)).orderBy(asc(programmeTaskProducts.position));
}

export async function setProductOffer(db: Executor, productId: string, offerId: string) {
  await db.update(programmeTaskProducts).set({ offerId }).where(eq(programmeTaskProducts.id, productId));
}

/** Texts to compare a new proposal with: other submitted tasks and published offers (the most recent ones). */
export async function overlapCandidates(db: Executor, taskId: string, limit = 1000) {
  const [tasks, offerRows] = await Promise.all([
    db
      .select({ id: programmeTasks.id, title: programmeTasks.title, objectives: programmeTasks.objectives, technology: programmeTasks.technology })
      .from(programmeTasks)
      .where(and(ne(programmeTasks.id, taskId), ne(programmeTasks.status, 'draft')))
      .orderBy(desc(programmeTasks.updatedAt))
      .limit(limit),
    db
      .select({ id: offers.id, title: offers.title, summary: offers.summary })
      .from(offers)
      .where(eq(offers.status, 'published'))
      .orderBy(desc(offers.publishedAt))
      .limit(limit),
  ]);
  return { tasks, offers: offerRows };
}

/** Every proposal (drafts excluded) with what the dashboard needs: its history and its leading organisation's kind. */
export async function dashboardTasks(db: Executor) {
  const tasks = await db
    .select({
      id: programmeTasks.id,
      origin: programmeTasks.origin,
      sectorCode: programmeTasks.sectorCode,
      provinceCode: programmeTasks.provinceCode,
      leadKind: sql<string | null>`coalesce(${leader.kind}, ${proposer.kind})`,
    })
    .from(programmeTasks)
    .leftJoin(proposer, eq(proposer.id, programmeTasks.proposerOrganisationId))
    .leftJoin(leader, eq(leader.id, programmeTasks.leadOrganisationId))
    .where(isNotNull(programmeTasks.submittedAt));
  const history = await db
    .select({
      taskId: programmeTaskTransitions.taskId,
      action: programmeTaskTransitions.action,
      to: programmeTaskTransitions.toStatus,
      at: programmeTaskTransitions.at,
    })
    .from(programmeTaskTransitions)
    .innerJoin(programmeTasks, eq(programmeTasks.id, programmeTaskTransitions.taskId))
    .where(isNotNull(programmeTasks.submittedAt))
    .orderBy(asc(programmeTaskTransitions.at), asc(programmeTaskTransitions.id));
  return { tasks, history };
}

/** Budget amounts and reports of all submitted tasks, for the dashboard. */
export async function dashboardBudgetsAndReports(db: Executor) {
  const [budget, reports] = await Promise.all([
    db
      .select({
        taskId: programmeBudgetLines.taskId,
        lineId: programmeBudgetLines.id,
        year: programmeBudgetLines.year,
        source: programmeBudgetLines.source,
        item: programmeBudgetLines.item,
        stage: programmeBudgetVersions.stage,
        version: programmeBudgetVersions.version,
        amountVnd: programmeBudgetVersions.amountVnd,
        at: programmeBudgetVersions.at,
      })
      .from(programmeBudgetLines)
      .innerJoin(programmeBudgetVersions, eq(programmeBudgetVersions.lineId, programmeBudgetLines.id))
      .innerJoin(programmeTasks, eq(programmeTasks.id, programmeBudgetLines.taskId))
      .where(isNotNull(programmeTasks.submittedAt)),
    db
      .select({
        taskId: programmeTaskReports.taskId,
        dueOn: programmeTaskReports.dueOn,
        remindOn: programmeTaskReports.remindOn,
        filedOn: programmeTaskReports.filedOn,
      })
      .from(programmeTaskReports),
  ]);
  return { budget, reports };
}

/** A page of published task summaries, latest first; and how many are published. */
export async function publishedSummaries(db: Executor, filter: { cursor?: string; limit: number }) {
  const order = keyset([
    { column: programmeTasks.summaryPublishedAt, kind: 'timestamp', direction: 'desc' },
    { column: programmeTasks.id, kind: 'uuid', direction: 'desc' },
  ]);
  const published = isNotNull(programmeTasks.summaryPublishedAt);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ task: programmeTasks, leadName: leader.nameVi, cursorKey: order.cursorKey })
      .from(programmeTasks)
      .leftJoin(leader, eq(leader.id, programmeTasks.leadOrganisationId))
      .where(and(published, order.after(filter.cursor)))
      .orderBy(...order.orderBy)
      .limit(filter.limit + 1),
    db.select({ total: countAll }).from(programmeTasks).where(published),
  ]);
  return { ...toPage(rows, filter.limit), total };
}

export async function organisationsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: organisations.id, name: organisations.nameVi, kind: organisations.kind }).from(organisations).where(inArray(organisations.id, ids));
}

/** Tasks as council dossiers: the task with its call's title and the names of its proposer and leader. */
export async function tasksByIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ task: programmeTasks, callTitle: programmeCalls.title, proposerName: proposer.nameVi, leadName: leader.nameVi })
    .from(programmeTasks)
    .innerJoin(programmeCalls, eq(programmeCalls.id, programmeTasks.callId))
    .leftJoin(proposer, eq(proposer.id, programmeTasks.proposerOrganisationId))
    .leftJoin(leader, eq(leader.id, programmeTasks.leadOrganisationId))
    .where(inArray(programmeTasks.id, [...ids]));
}
