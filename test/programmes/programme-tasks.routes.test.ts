import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, notifications, offers, programmeBudgetLines, programmeTaskReports, programmeTasks, users } from '../../src/db/schema/index.js';
import { loadActor } from '../../src/server/modules/auth/actor.js';
import { remindDueReports } from '../../src/server/modules/programmes/programme-results.service.js';
import { recordCouncilConclusion } from '../../src/server/modules/programmes/task-workflow.service.js';
import { addMember, newOffer } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { foreignCursors, walkPages } from '../support/walk-pages.js';
import { newDraft, programmesWorld, proposalFields, walk } from './programmes-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof programmesWorld>>;
let anonymous: TestClient;

beforeAll(async () => {
  ctx = await createTestApp();
  world = await programmesWorld(ctx);
  anonymous = new TestClient(ctx.app, 'en');
});
afterAll(async () => ctx?.close());

const task = (id: string, client = world.agency.client) => client.get(`/api/programme-tasks/${id}`);
const linesOf = async (id: string) => ctx.database.db.select().from(programmeBudgetLines).where(eq(programmeBudgetLines.taskId, id));

describe('proposals', () => {
  it('autosaves a draft with a version and refuses a stale overwrite', async () => {
    const draft = await newDraft(world);
    const saved = await world.proposer.client.put(`/api/programme-tasks/${draft.id}/draft`, {
      ...proposalFields({ title: 'Tiêu đề mới' }),
      version: draft.version,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(draft.version + 1);
    const stale = await world.proposer.client.put(`/api/programme-tasks/${draft.id}/draft`, { ...proposalFields({ title: 'Cũ' }), version: draft.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await task(draft.id, world.proposer.client)).json()).toMatchObject({ title: 'Tiêu đề mới', status: 'draft', canEditDraft: true });
  });

  it('names the field of a negative line or a state budget above the total, and writes nothing', async () => {
    const draft = await newDraft(world);
    const lines = proposalFields().lines;
    const negative = await world.proposer.client.put(`/api/programme-tasks/${draft.id}/draft`, {
      ...proposalFields({ title: 'Không được lưu', lines: [lines[0], { ...lines[1], amountVnd: -5 }] }),
      version: draft.version,
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.details.fields[0]).toMatchObject({ path: 'lines[1].amountVnd', message: 'The amount must not be negative.' });
    const tooMuchState = await world.proposer.client.put(`/api/programme-tasks/${draft.id}/draft`, {
      ...proposalFields({ title: 'Không được lưu', totalVnd: 1_000_000_000, stateVnd: 3_000_000_000, lines: [] }),
      version: draft.version,
    });
    expect(tooMuchState.statusCode).toBe(400);
    expect(tooMuchState.json().error.details.fields.map((f: { path: string }) => f.path)).toContain('stateVnd');
    expect(tooMuchState.json().error.details.fields.find((f: { path: string }) => f.path === 'stateVnd').message).toBe(
      'The state budget must not be larger than the total.',
    );
    const after = (await task(draft.id, world.proposer.client)).json();
    expect([after.title, after.version]).toEqual([proposalFields().title, draft.version]);
    expect(await linesOf(draft.id)).toHaveLength(4);
  });

  it('gives a receipt on submission, then the draft is closed to edits', async () => {
    const draft = await newDraft(world);
    const submitted = await world.proposer.client.post(`/api/programme-tasks/${draft.id}/transitions`, { action: 'submit' });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().receiptNumber).toMatch(/^NV-\d{4}-\d{6}$/);
    const page = (await task(draft.id, world.proposer.client)).json();
    expect(page).toMatchObject({ status: 'submitted', receiptNumber: submitted.json().receiptNumber, canEditDraft: false });
    expect(page.history).toEqual([expect.objectContaining({ action: 'submit', from: 'draft', to: 'submitted' })]);
    const edit = await world.proposer.client.put(`/api/programme-tasks/${draft.id}/draft`, { ...proposalFields(), version: page.version });
    expect(edit.statusCode).toBe(409);
  });

  it('refuses an incomplete proposal naming the missing fields', async () => {
    const draft = await newDraft(world, { objectives: '', lines: [] });
    const refused = await world.proposer.client.post(`/api/programme-tasks/${draft.id}/transitions`, { action: 'submit' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual(['objectives', 'lines']);
  });

  it('records a deadline extension, and refuses a submission after the deadline', async () => {
    const call = await world.agency.client.post('/api/programme-calls', {
      kind: 'call',
      title: 'Đợt đã hết hạn',
      deadlineAt: new Date(Date.now() - 60_000).toISOString(),
    });
    const callId = call.json().id;
    const late = await world.proposer.client.post('/api/programme-tasks', { callId, proposerOrganisationId: world.enterprise.id, ...proposalFields() });
    const refused = await world.proposer.client.post(`/api/programme-tasks/${late.json().id}/transitions`, { action: 'submit' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.reason).toBe('call_deadline_passed');
    const later = new Date(Date.now() + 86_400_000).toISOString();
    expect((await world.proposer.client.post(`/api/programme-calls/${callId}/extensions`, { deadlineAt: later, reason: 'x' })).statusCode).toBe(403);
    const extended = await world.agency.client.post(`/api/programme-calls/${callId}/extensions`, { deadlineAt: later, reason: 'Nhiều đơn vị đề nghị' });
    expect(extended.statusCode).toBe(200);
    expect(extended.json().extensions[0]).toMatchObject({ reason: 'Nhiều đơn vị đề nghị', toDeadline: later });
    expect(extended.json().extensions[0].byName).toBeTruthy();
    expect((await world.proposer.client.post(`/api/programme-tasks/${late.json().id}/transitions`, { action: 'submit' })).statusCode).toBe(200);
  });
});

describe('a task’s life', () => {
  it('runs from proposal to closing: appraisal line by line, report schedule, acceptance, public summary, offers', async () => {
    const { id } = await newDraft(world);
    await walk(world.proposer.client, id, [{ action: 'submit' }]);
    await walk(world.agency.client, id, [
      { action: 'declare-admissible' },
      { action: 'send-to-council' },
      { action: 'identify', reason: 'Hội đồng xác định nhiệm vụ' },
    ]);
    const noReason = await world.agency.client.post(`/api/programme-tasks/${id}/transitions`, {
      action: 'assign-directly',
      leadOrganisationId: world.enterprise.id,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields[0].path).toBe('reason');
    await walk(world.agency.client, id, [
      { action: 'assign-directly', leadOrganisationId: world.enterprise.id, reason: 'Doanh nghiệp đề xuất có năng lực' },
      { action: 'start-appraisal' },
    ]);

    const lines = (await task(id)).json().budget.lines as Array<{ id: string; year: number; source: string; proposedVnd: number }>;
    const stateLine = lines.find((l) => l.source === 'state' && l.year === 2027)!;
    const negative = await world.agency.client.post(`/api/programme-tasks/${id}/appraisal`, { lines: [{ lineId: stateLine.id, amountVnd: -1 }] });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.details.fields[0].path).toBe('lines[0].amountVnd');
    const cut = await world.agency.client.post(`/api/programme-tasks/${id}/appraisal`, {
      lines: [{ lineId: stateLine.id, amountVnd: 1_500_000_000, note: 'Giảm thuê chuyên gia' }],
    });
    expect(cut.statusCode).toBe(200);
    await walk(world.agency.client, id, [{ action: 'approve-appraisal' }, { action: 'sign-contract' }]);

    const contracted = (await task(id)).json();
    expect(contracted.status).toBe('in-progress');
    expect(contracted.budget.proposed.bySource).toMatchObject({ state: 3_000_000_000, total: 11_000_000_000 });
    expect(contracted.budget.contracted.bySource).toMatchObject({ state: 2_500_000_000, total: 10_500_000_000 });
    const line = contracted.budget.lines.find((l: { id: string }) => l.id === stateLine.id);
    expect(line).toMatchObject({ proposedVnd: 2_000_000_000, appraisedVnd: 1_500_000_000, contractedVnd: 1_500_000_000 });
    expect(line.versions.map((v: { stage: string }) => v.stage)).toEqual(['proposed', 'appraised', 'contracted']);
    expect(contracted.reports.map((r: { kind: string }) => r.kind)).toEqual(['periodic', 'periodic', 'financial', 'periodic', 'final', 'financial']);
    expect(contracted.reports[0]).toMatchObject({ dueOn: '2027-07-15', status: 'upcoming' });

    const late = await world.agency.client.post(`/api/programme-tasks/${id}/appraisal`, { lines: [{ lineId: stateLine.id, amountVnd: 1 }] });
    expect(late.statusCode).toBe(409);

    const reportId = contracted.reports[0].id;
    expect((await world.agency.client.post(`/api/programme-tasks/${id}/reports/${reportId}/filing`, { summary: 'x' })).statusCode).toBe(403);
    const filed = await world.proposer.client.post(`/api/programme-tasks/${id}/reports/${reportId}/filing`, { summary: 'Đã lắp đặt bể ủ thử nghiệm' });
    expect(filed.statusCode).toBe(200);
    const inspection = await world.agency.client.post(`/api/programme-tasks/${id}/inspections`, {
      inspectedOn: '2027-08-01',
      findings: 'Chậm tiến độ lắp dây chuyền',
      actionDeadline: '2027-09-30',
    });
    expect(inspection.statusCode).toBe(201);
    await walk(world.proposer.client, id, [{ action: 'request-acceptance' }]);
    const rated = await world.agency.client.post(`/api/programme-tasks/${id}/acceptance`, {
      finalReport: 'satisfactory',
      products: [
        { name: 'Quy trình ủ chượp bằng enzyme', isTechnology: true, quantity: 'satisfactory', quality: 'excellent', description: 'Ủ chượp 6 tháng' },
        { name: 'Dây chuyền 500 tấn/năm', quantity: 'satisfactory', quality: 'satisfactory' },
        { name: 'Chế phẩm enzyme', quantity: 'unsatisfactory', quality: 'satisfactory' },
        { name: 'Báo cáo khoa học', quantity: 'satisfactory', quality: 'satisfactory' },
      ],
    });
    expect(rated.json()).toMatchObject({ rating: 'satisfactory' });

    expect((await anonymous.get(`/api/programme-results/${id}`)).statusCode).toBe(404);
    const closed = await world.agency.client.post(`/api/programme-tasks/${id}/closing`, { publicSummary: 'Rút ngắn thời gian ủ chượp còn 6 tháng.' });
    expect(closed.statusCode).toBe(200);
    const summary = await anonymous.get(`/api/programme-results/${id}`);
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toMatchObject({
      acceptanceRating: 'satisfactory',
      publicSummary: 'Rút ngắn thời gian ủ chượp còn 6 tháng.',
      leadName: 'Công ty Nước mắm Cửa Hội',
    });
    expect(summary.json().contracted.bySource.total).toBe(10_500_000_000);

    const technology = summary.json().products.find((p: { isTechnology: boolean }) => p.isTechnology);
    const other = summary.json().products.find((p: { isTechnology: boolean }) => !p.isTechnology);
    const refused = await world.agency.client.post(`/api/programme-tasks/${id}/offers`, { productIds: [other.id] });
    expect(refused.json().error.details.fields[0]).toMatchObject({ path: 'productIds.0' });
    const published = await world.agency.client.post(`/api/programme-tasks/${id}/offers`, { productIds: [technology.id] });
    expect(published.statusCode).toBe(200);
    const offerId = published.json().offers[0].offerId;
    const [offer] = await ctx.database.db.select().from(offers).where(eq(offers.id, offerId));
    expect(offer).toMatchObject({ status: 'published', ownerOrganisationId: world.enterprise.id, title: 'Quy trình ủ chượp bằng enzyme' });
    expect((await anonymous.get(`/api/programme-results/${id}`)).json().products.find((p: { id: string }) => p.id === technology.id).offerId).toBe(offerId);

    const history = (await task(id, world.proposer.client)).json().history as Array<{ action: string; byName: string | null; reason: string | null }>;
    expect(history.map((h) => h.action)).toEqual([
      'submit',
      'declare-admissible',
      'send-to-council',
      'identify',
      'assign-directly',
      'start-appraisal',
      'approve-appraisal',
      'sign-contract',
      'file-report',
      'record-inspection',
      'request-acceptance',
      'record-acceptance',
      'close',
    ]);
    expect(history.every((h) => h.byName)).toBe(true);
    expect(history[4].reason).toBe('Doanh nghiệp đề xuất có năng lực');
    const audit = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toContain('programme-task.appraise-budget');
  });

  it('refuses an illegal transition with 409 and a wrong role with 403, writing nothing', async () => {
    const { id } = await newDraft(world);
    const early = await world.agency.client.post(`/api/programme-tasks/${id}/transitions`, { action: 'sign-contract' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details.reason).toBe('task_transition_not_allowed');
    await walk(world.proposer.client, id, [{ action: 'submit' }]);
    const selfScreen = await world.proposer.client.post(`/api/programme-tasks/${id}/transitions`, { action: 'declare-admissible' });
    expect(selfScreen.statusCode).toBe(403);
    const skip = await world.agency.client.post(`/api/programme-tasks/${id}/transitions`, { action: 'identify' });
    expect(skip.statusCode).toBe(409);
    expect((await task(id)).json()).toMatchObject({ status: 'submitted', history: [expect.objectContaining({ action: 'submit' })] });
  });

  it('blocks new proposals of a leader with overdue reports when the call says so, and reminds before due dates', async () => {
    const { id } = await newDraft(world);
    await walk(world.proposer.client, id, [{ action: 'submit' }]);
    await walk(world.agency.client, id, [
      { action: 'declare-admissible' },
      { action: 'send-to-council' },
      { action: 'identify' },
      { action: 'assign-directly', leadOrganisationId: world.enterprise.id, reason: 'Giao trực tiếp' },
      { action: 'start-appraisal' },
      { action: 'approve-appraisal' },
      { action: 'sign-contract' },
    ]);
    const [first] = (await task(id)).json().reports as Array<{ id: string }>;
    await ctx.database.db
      .update(programmeTaskReports)
      .set({ dueOn: '2020-01-15', remindOn: ['2020-01-01', '2020-01-12'] })
      .where(eq(programmeTaskReports.id, first.id));
    expect((await task(id)).json().reports.find((r: { id: string }) => r.id === first.id).status).toBe('overdue');
    const listed = (await world.proposer.client.get('/api/programme-tasks')).json().items.find((t: { id: string }) => t.id === id);
    expect(listed.overdueReports).toBe(1);

    const next = await newDraft(world);
    const blocked = await world.proposer.client.post(`/api/programme-tasks/${next.id}/transitions`, { action: 'submit' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.details.reason).toBe('leader_has_overdue_reports');

    // Reminder job: one reminder on 2 January for the due date of 15 January, none again the next day.
    await ctx.database.db
      .update(programmeTaskReports)
      .set({ dueOn: '2099-01-15', remindOn: ['2099-01-01', '2099-01-12'] })
      .where(eq(programmeTaskReports.id, first.id));
    const before = (await ctx.database.db.select().from(notifications).where(eq(notifications.userId, world.proposer.user.id))).length;
    expect(await remindDueReports(ctx.database.db, new Date('2099-01-02T03:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await remindDueReports(ctx.database.db, new Date('2099-01-03T03:00:00Z'))).toBe(0);
    const mine = await ctx.database.db.select().from(notifications).where(eq(notifications.userId, world.proposer.user.id));
    expect(mine.length).toBe(before + 1);
    expect(mine.at(-1)?.kind).toBe('programme.report-due');
  });

  it('shows close pairs with past tasks and offers to agency staff only', async () => {
    await newOffer(ctx.database.db, {
      title: 'Chế phẩm enzyme thủy phân cá làm nước mắm',
      summary: 'Rút ngắn thời gian ủ chượp nước mắm truyền thống bằng enzyme protease',
    });
    const { id } = await newDraft(world);
    await walk(world.proposer.client, id, [{ action: 'submit' }]);
    const overlaps = (await task(id)).json().overlaps as Array<{ kind: string; score: number; title: string }>;
    expect(overlaps.length).toBeGreaterThan(0);
    expect(overlaps.some((o) => o.kind === 'task')).toBe(true);
    expect(overlaps.some((o) => o.kind === 'offer' && o.title.includes('enzyme'))).toBe(true);
    expect((await task(id, world.proposer.client)).json().overlaps).toBeNull();
  });
});

describe('authorisation', () => {
  it('lets proposers see their own proposals and the feedback, hides them from others, and publishes only summaries', async () => {
    const { id } = await newDraft(world);
    await walk(world.proposer.client, id, [{ action: 'submit' }]);
    await walk(world.agency.client, id, [{ action: 'return-for-completion', reason: 'Bổ sung sản phẩm cụ thể' }]);
    const mine = (await task(id, world.proposer.client)).json();
    expect(mine.status).toBe('draft');
    expect(mine.history.at(-1)).toMatchObject({ action: 'return-for-completion', reason: 'Bổ sung sản phẩm cụ thể' });

    expect((await task(id, world.outsider.client)).statusCode).toBe(404);
    expect((await anonymous.get(`/api/programme-tasks/${id}`)).statusCode).toBe(401);
    expect((await anonymous.get(`/api/programme-results/${id}`)).statusCode).toBe(404);
    expect((await world.outsider.client.get('/api/programme-tasks')).json().items).toEqual([]);
    const listed = (await world.proposer.client.get('/api/programme-tasks?limit=100')).json().items.map((t: { id: string }) => t.id);
    expect(listed).toContain(id);

    const hijack = await world.outsider.client.put(`/api/programme-tasks/${id}/draft`, { ...proposalFields(), version: mine.version });
    expect(hijack.statusCode).toBe(404);
    const forOthers = await world.outsider.client.post('/api/programme-tasks', {
      callId: world.callId,
      proposerOrganisationId: world.enterprise.id,
      ...proposalFields(),
    });
    expect(forOthers.statusCode).toBe(400);
    expect(forOthers.json().error.details.fields[0].path).toBe('proposerOrganisationId');
  });

  it('keeps running the programme to agency staff', async () => {
    expect((await world.proposer.client.post('/api/programme-calls', { kind: 'standing', title: 'X' })).statusCode).toBe(403);
    expect((await world.proposer.client.get('/api/programme-dashboard')).statusCode).toBe(403);
    expect((await anonymous.get('/api/programme-dashboard')).statusCode).toBe(401);
    const { id } = await newDraft(world);
    await walk(world.proposer.client, id, [{ action: 'submit' }]);
    expect((await world.proposer.client.post(`/api/programme-tasks/${id}/inspections`, { inspectedOn: '2027-01-01', findings: 'x' })).statusCode).toBe(403);
    expect(
      (await world.proposer.client.post(`/api/programme-tasks/${id}/appraisal`, { lines: [{ lineId: crypto.randomUUID(), amountVnd: 1 }] })).statusCode,
    ).toBe(403);
  });

  it('lets a colleague who joins the proposer later see the proposal', async () => {
    const { id } = await newDraft(world);
    await addMember(ctx.database.db, world.enterprise.id, world.outsider.user.id);
    expect((await task(id, world.outsider.client)).statusCode).toBe(200);
    const [row] = await ctx.database.db.select().from(programmeTasks).where(eq(programmeTasks.id, id));
    expect(row.proposerOrganisationId).toBe(world.enterprise.id);
  });
});

describe('the councils seam', () => {
  it('records a council’s consolidated conclusion as the identify or decline transition, with its reason', async () => {
    const [agencyUser] = await ctx.database.db.select().from(users).where(eq(users.id, world.agency.user.id));
    const actor = await loadActor(ctx.database.db, agencyUser);
    const ids: string[] = [];
    for (const outcome of ['identified', 'rejected'] as const) {
      const { id } = await newDraft(world);
      await walk(world.proposer.client, id, [{ action: 'submit' }]);
      await walk(world.agency.client, id, [{ action: 'declare-admissible' }, { action: 'send-to-council' }]);
      await ctx.database.db.transaction((tx) => recordCouncilConclusion(tx, id, { outcome, reason: `Hội đồng: ${outcome}`, actor }));
      ids.push(id);
    }
    const [identified, rejected] = await Promise.all(ids.map(async (id) => (await task(id)).json()));
    expect(identified.status).toBe('identified');
    expect(identified.history.at(-1)).toMatchObject({ action: 'identify', reason: 'Hội đồng: identified' });
    expect(rejected.status).toBe('rejected');
    expect(rejected.history.at(-1)).toMatchObject({ action: 'decline', reason: 'Hội đồng: rejected' });
  });
});

describe('the task list pages by cursor', () => {
  it('walks 140 tasks changed in one instant, each once, with the real total; searches titles; refuses a foreign cursor', async () => {
    const at = new Date('2026-06-01T08:00:00.123456Z');
    await ctx.database.db.insert(programmeTasks).values(
      Array.from({ length: 140 }, (_, i) => ({
        callId: world.callId,
        proposerOrganisationId: world.enterprise.id,
        origin: 'enterprise',
        title: i % 4 === 0 ? `Dây chuyền sấy ${i}` : `Nhiệm vụ ${i}`,
        status: 'submitted',
        updatedAt: at,
      })),
    );
    const visible = await ctx.database.db.select({ id: programmeTasks.id, status: programmeTasks.status }).from(programmeTasks);
    const submitted = visible.filter((t) => t.status !== 'draft');
    const all = await walkPages(world.agency.client, '/api/programme-tasks', 50);
    expect(all.totals).toEqual([submitted.length]);
    expect(all.rows.map((r) => r.id).sort()).toEqual(submitted.map((t) => t.id).sort());
    const found = await walkPages<{ title: string }>(world.agency.client, `/api/programme-tasks?q=${encodeURIComponent('day chuyen say')}`, 10);
    expect(found.totals).toEqual([35]);
    expect(found.rows.every((r) => r.title.startsWith('Dây chuyền sấy'))).toBe(true);
    for (const cursor of foreignCursors) {
      const response = await world.agency.client.get(`/api/programme-tasks?cursor=${cursor}`);
      expect(response.statusCode, `${cursor}: ${response.body}`).toBe(400);
      expect(response.body).toContain('cursor');
    }
  });
});
