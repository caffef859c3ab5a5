import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, notifications } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { newOrganisation } from '../support/factories.js';
import { assessmentWorld, fullAnswers, METHODOLOGY } from './assessment-world.js';

let ctx: TestContext;
let w: Awaited<ReturnType<typeof assessmentWorld>>;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await assessmentWorld(ctx);
});
afterAll(async () => ctx?.close());

describe('survey campaigns', () => {
  it('lets a province staff invite its enterprises, tells them, and shows invited / started / submitted / verified', async () => {
    const third = await newOrganisation(ctx.database.db, { provinceCode: '40' });
    const body = {
      name: 'Khảo sát chế biến thực phẩm Nghệ An 2026',
      methodologyId: METHODOLOGY,
      vsicDivision: '10',
      organisationIds: [w.enterprise.id, w.other.id, third.id],
    };
    expect((await w.member.client.post('/api/assessment-campaigns', body)).statusCode).toBe(403);
    expect((await w.farStaff.client.post('/api/assessment-campaigns', body)).statusCode).toBe(403);
    const bad = await w.staff.client.post('/api/assessment-campaigns', { ...body, vsicDivision: 'ab', name: ' ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['name', 'vsicDivision']));
    const created = await w.staff.client.post('/api/assessment-campaigns', body);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const told = await ctx.database.db.select().from(notifications).where(eq(notifications.kind, 'assessment.invited'));
    expect(told.map((n) => n.userId)).toEqual(expect.arrayContaining([w.member.user.id, w.stranger.user.id]));
    expect((await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, id))).map((a) => a.action)).toEqual(['assessment.campaign.create']);

    const invited = (await w.member.client.get('/api/assessment-campaigns')).json();
    expect(invited.items).toEqual([]);
    expect(invited.invitations).toEqual([expect.objectContaining({ campaignId: id, organisationId: w.enterprise.id, vsicDivision: '10' })]);
    // The enterprise starts and submits; the other one only starts.
    const start = async (client: typeof w.member.client, organisationId: string) =>
      (await client.post('/api/assessments', { organisationId, methodologyId: METHODOLOGY, vsicDivision: '10' })).json().id as string;
    const mine = await start(w.member.client, w.enterprise.id);
    await w.member.client.put(`/api/assessments/${mine}/answers`, { methodologyId: METHODOLOGY, answers: fullAnswers() });
    await w.member.client.post(`/api/assessments/${mine}/submit`);
    await start(w.stranger.client, w.other.id);
    let detail = (await w.staff.client.get(`/api/assessment-campaigns/${id}`)).json();
    expect(detail.progress).toEqual({ invited: 1, started: 1, submitted: 1, verified: 0, total: 3 });
    await w.staff.client.post(`/api/assessments/${mine}/approve`, {});
    detail = (await w.agency.client.get(`/api/assessment-campaigns/${id}`)).json();
    expect(detail.progress.verified).toBe(1);
    expect(detail.targets.find((t: { organisationId: string }) => t.organisationId === w.enterprise.id)).toMatchObject({
      stage: 'verified',
      assessmentId: mine,
    });

    const list = (await w.staff.client.get('/api/assessment-campaigns')).json();
    expect(list.canCreate).toBe(true);
    expect(list.items.map((c: { id: string }) => c.id)).toContain(id);
    // Staff of another province, enterprises and platform admins see no campaign.
    expect((await w.farStaff.client.get(`/api/assessment-campaigns/${id}`)).statusCode).toBe(404);
    expect((await w.farStaff.client.get('/api/assessment-campaigns')).json().items).toEqual([]);
    expect((await w.member.client.get('/api/assessment-campaigns')).json()).toEqual({
      items: [],
      total: 0,
      nextCursor: null,
      canCreate: false,
      invitations: [],
    });
    expect((await w.admin.client.get(`/api/assessment-campaigns/${id}`)).statusCode).toBe(404);
  });

  it('refuses a target outside the staff member’s provinces or not an enterprise', async () => {
    const far = await newOrganisation(ctx.database.db, { provinceCode: '52' });
    const institute = await newOrganisation(ctx.database.db, { kind: 'institute', provinceCode: '40' });
    for (const organisationIds of [[far.id], [institute.id]]) {
      const response = await w.staff.client.post('/api/assessment-campaigns', { name: 'X', methodologyId: METHODOLOGY, vsicDivision: '10', organisationIds });
      expect(response.statusCode).toBe(403);
    }
    const unknown = await w.staff.client.post('/api/assessment-campaigns', {
      name: 'X',
      methodologyId: METHODOLOGY,
      vsicDivision: '10',
      organisationIds: [crypto.randomUUID()],
    });
    expect(unknown.json().error.details.fields[0].path).toBe('organisationIds');
  });
});
