import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/programmes/dates.js';
import { auditLog, jobs, notifications } from '../../src/db/schema/index.js';
import { remindCampaigns } from '../../src/server/modules/assessment/campaign-reminders.service.js';
import { vietnamToday } from '../../src/shared/i18n/vietnam-time.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { assessmentWorld, fullAnswers, METHODOLOGY } from './assessment-world.js';

let ctx: TestContext;
let w: Awaited<ReturnType<typeof assessmentWorld>>;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await assessmentWorld(ctx);
});
afterAll(async () => ctx?.close());

const DAY = 86_400_000;
const today = () => vietnamToday();
const campaign = (extra: Record<string, unknown> = {}) => ({
  name: `Khảo sát nhắc nhở ${crypto.randomUUID().slice(0, 6)}`,
  methodologyId: METHODOLOGY,
  vsicDivision: '10',
  organisationIds: [w.enterprise.id, w.other.id],
  deadline: addDays(today(), 20),
  remindEveryDays: 7,
  remindDaysBeforeDeadline: 3,
  ...extra,
});

async function launch(extra: Record<string, unknown> = {}) {
  const created = await w.staff.client.post('/api/assessment-campaigns', campaign(extra));
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as string;
}

/** Who received a reminder of this campaign (in-app), and how many e-mail jobs carry one. */
async function reminded(name: string) {
  const rows = await ctx.database.db
    .select({ userId: notifications.userId })
    .from(notifications)
    .where(and(eq(notifications.kind, 'assessment.reminder'), sql`${notifications.params}->>'campaign' = ${name}`));
  const [{ mails }] = await ctx.database.db
    .select({ mails: sql<number>`count(*)::int` })
    .from(jobs)
    .where(
      and(eq(jobs.kind, 'notification.email'), sql`${jobs.payload}->>'kind' = 'assessment.reminder'`, sql`${jobs.payload}->'params'->>'campaign' = ${name}`),
    );
  return { people: rows.map((r) => r.userId).sort(), mails };
}

const actions = async (id: string) => (await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, id))).map((a) => a.action);

describe('survey campaign reminders', () => {
  it('refuses a schedule that cannot work, naming the field, and writes nothing', async () => {
    const noDeadline = await w.staff.client.post('/api/assessment-campaigns', campaign({ deadline: null }));
    expect(noDeadline.statusCode).toBe(400);
    expect(noDeadline.json().error.details.fields).toEqual([expect.objectContaining({ path: 'deadline', code: 'reminder_needs_deadline' })]);
    const past = await w.staff.client.post('/api/assessment-campaigns', campaign({ deadline: addDays(today(), -1), remindDaysBeforeDeadline: null }));
    expect(past.json().error.details.fields).toEqual([expect.objectContaining({ path: 'deadline', code: 'deadline_passed' })]);
    const zero = await w.staff.client.post('/api/assessment-campaigns', campaign({ remindEveryDays: 0, remindDaysBeforeDeadline: 2.5 }));
    expect(zero.statusCode).toBe(400);
    expect(
      zero
        .json()
        .error.details.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['remindDaysBeforeDeadline', 'remindEveryDays']);
    const beforeLaunch = await w.staff.client.post('/api/assessment-campaigns', campaign({ deadline: addDays(today(), 5), remindDaysBeforeDeadline: 5 }));
    expect(beforeLaunch.json().error.details.fields).toEqual([expect.objectContaining({ path: 'remindDaysBeforeDeadline' })]);
    expect((await w.staff.client.get('/api/assessment-campaigns')).json().items).toEqual([]);
  });

  it('reminds on schedule the enterprises that have not submitted, once per due reminder, and shows it on the campaign', async () => {
    const body = campaign();
    const id = (await w.staff.client.post('/api/assessment-campaigns', body)).json().id as string;
    // The enterprise submits; the other one has not started.
    const mine = (await w.member.client.post('/api/assessments', { organisationId: w.enterprise.id, methodologyId: METHODOLOGY, vsicDivision: '10' })).json()
      .id;
    await w.member.client.put(`/api/assessments/${mine}/answers`, { methodologyId: METHODOLOGY, answers: fullAnswers() });
    expect((await w.member.client.post(`/api/assessments/${mine}/submit`)).statusCode).toBe(200);

    const db = ctx.database.db;
    const now = Date.now();
    let detail = (await w.staff.client.get(`/api/assessment-campaigns/${id}`)).json();
    expect(detail.reminders).toMatchObject({ deadline: body.deadline, remindEveryDays: 7, remindDaysBeforeDeadline: 3, last: null, pending: 1 });
    expect(detail.reminders.nextOn).toBe(addDays(today(), 7));

    await remindCampaigns(db, new Date(now));
    await remindCampaigns(db, new Date(now + 6 * DAY));
    expect((await reminded(body.name)).people).toEqual([]);

    // A week later: one reminder, to the enterprise that has not submitted, in-app and by e-mail; two servers running
    // the job at once, or the next hour's run, send nothing more.
    const sent = await Promise.all([remindCampaigns(db, new Date(now + 7 * DAY + 3_600_000)), remindCampaigns(db, new Date(now + 7 * DAY + 3_600_000))]);
    expect(sent.sort()).toEqual([0, 1]);
    expect(await remindCampaigns(db, new Date(now + 7 * DAY + 2 * 3_600_000))).toBe(0);
    expect(await reminded(body.name)).toEqual({ people: [w.stranger.user.id], mails: 1 });
    detail = (await w.staff.client.get(`/api/assessment-campaigns/${id}`)).json();
    expect(detail.reminders.last).toMatchObject({ manual: false, organisations: 1, people: 1 });
    await expect(actions(id)).resolves.toContain('assessment.campaign.scheduled-reminder');

    // Three days before the deadline comes the next one; after the deadline, none.
    await remindCampaigns(db, new Date(now + 17 * DAY + 3_600_000));
    await remindCampaigns(db, new Date(now + 17 * DAY + 5 * 3_600_000));
    expect((await reminded(body.name)).people).toHaveLength(2);
    await remindCampaigns(db, new Date(now + 25 * DAY));
    expect((await reminded(body.name)).mails).toBe(2);
  });

  it('lets the campaign’s staff change the schedule and remind now, once a day; others are refused', async () => {
    const id = await launch();
    const detail = (await w.staff.client.get(`/api/assessment-campaigns/${id}`)).json();
    expect(detail.reminders.canManage).toBe(true);
    const schedule = { deadline: addDays(today(), 30), remindEveryDays: 10, remindDaysBeforeDeadline: null, version: detail.version };

    expect((await w.member.client.put(`/api/assessment-campaigns/${id}/reminder-schedule`, schedule)).statusCode).toBe(403);
    expect((await w.farStaff.client.put(`/api/assessment-campaigns/${id}/reminder-schedule`, schedule)).statusCode).toBe(404);
    const bad = await w.staff.client.put(`/api/assessment-campaigns/${id}/reminder-schedule`, { ...schedule, remindEveryDays: 61 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('remindEveryDays');
    const saved = await w.staff.client.put(`/api/assessment-campaigns/${id}/reminder-schedule`, schedule);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().reminders).toMatchObject({
      deadline: schedule.deadline,
      remindEveryDays: 10,
      remindDaysBeforeDeadline: null,
      nextOn: addDays(today(), 10),
    });
    // The invited enterprise reads the new deadline on its invitation.
    const invitations = (await w.member.client.get('/api/assessment-campaigns')).json().invitations;
    expect(invitations).toContainEqual(expect.objectContaining({ campaignId: id, deadline: schedule.deadline }));
    const stale = await w.staff.client.put(`/api/assessment-campaigns/${id}/reminder-schedule`, schedule);
    expect(stale.statusCode).toBe(409);

    expect((await w.member.client.post(`/api/assessment-campaigns/${id}/reminders`)).statusCode).toBe(403);
    expect((await w.farStaff.client.post(`/api/assessment-campaigns/${id}/reminders`)).statusCode).toBe(404);
    const sent = await w.staff.client.post(`/api/assessment-campaigns/${id}/reminders`);
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ organisations: 2, people: 2 });
    const again = await w.agency.client.post(`/api/assessment-campaigns/${id}/reminders`);
    expect(again.statusCode).toBe(429);
    expect(again.json().error.details.reason).toBe('campaign_reminder_today');
    const shown = (await w.agency.client.get(`/api/assessment-campaigns/${id}`)).json().reminders;
    expect(shown.last).toMatchObject({ manual: true, organisations: 2 });
    expect(await actions(id)).toEqual(
      expect.arrayContaining(['assessment.campaign.create', 'assessment.campaign.reminder-schedule', 'assessment.campaign.remind']),
    );
    const [change] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'assessment.campaign.reminder-schedule')));
    expect(change).toMatchObject({
      before: { remindEveryDays: 7, remindDaysBeforeDeadline: 3 },
      after: { remindEveryDays: 10, remindDaysBeforeDeadline: null },
    });
  });

  it('refuses to remind when every enterprise has submitted, or after the deadline', async () => {
    const id = await launch({ organisationIds: [w.other.id] });
    const theirs = (await w.stranger.client.post('/api/assessments', { organisationId: w.other.id, methodologyId: METHODOLOGY, vsicDivision: '10' })).json().id;
    await w.stranger.client.put(`/api/assessments/${theirs}/answers`, { methodologyId: METHODOLOGY, answers: fullAnswers() });
    expect((await w.stranger.client.post(`/api/assessments/${theirs}/submit`)).statusCode).toBe(200);
    const nobody = await w.staff.client.post(`/api/assessment-campaigns/${id}/reminders`);
    expect(nobody.statusCode).toBe(409);
    expect(nobody.json().error.details.reason).toBe('campaign_reminder_nobody');
    expect((await w.staff.client.get(`/api/assessment-campaigns/${id}`)).json().reminders).toMatchObject({ pending: 0, nextOn: null, last: null });

    const closed = await launch();
    await ctx.database.db.execute(sql`update assessment_campaigns set deadline = ${addDays(today(), -1)} where id = ${closed}`);
    const late = await w.staff.client.post(`/api/assessment-campaigns/${closed}/reminders`);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.details.reason).toBe('campaign_reminder_closed');
  });
});
