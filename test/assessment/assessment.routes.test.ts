import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { foreignCursors, walkPages } from '../support/walk-pages.js';
import { assessmentWorld, fullAnswers, METHODOLOGY } from './assessment-world.js';

let ctx: TestContext;
let w: Awaited<ReturnType<typeof assessmentWorld>>;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await assessmentWorld(ctx);
});
afterAll(async () => ctx?.close());

async function start(client = w.member.client, organisationId = w.enterprise.id) {
  const response = await client.post('/api/assessments', { organisationId, methodologyId: METHODOLOGY, vsicDivision: '10' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

async function audits(id: string) {
  return (await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, id))).map((a) => a.action);
}

describe('methodology versions as data', () => {
  it('lists the two shipped methodologies and shows one with rules in words and its unverified parts', async () => {
    const list = (await new TestClient(ctx.app).get('/api/assessment-methodologies')).json();
    expect(list.items.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['tt17-2019-v1', 'tt04-2014-v1']));
    const tt17 = list.items.find((m: { id: string }) => m.id === 'tt17-2019-v1');
    expect(tt17).toMatchObject({ totalPoints: 100, criteria: 26, provisional: true });
    const detail = (await new TestClient(ctx.app).get('/api/assessment-methodologies/tt17-2019-v1')).json();
    expect(detail.methodology.groups.map((g: { code: string }) => g.code)).toEqual(['T', 'E', 'O', 'R', 'I']);
    expect(Object.keys(detail.rules)).toHaveLength(26);
    expect(detail.rules.T1.vi.length).toBeGreaterThan(5);
    expect(detail.unverified.some((u: { part: string }) => u.part === 'rule T1')).toBe(true);
    expect((await new TestClient(ctx.app).get('/api/assessment-methodologies/nope')).statusCode).toBe(404);
  });
});

describe('starting and filling in', () => {
  it('needs a session, an enterprise the caller may assess, a published version and a VSIC division', async () => {
    const anonymous = await new TestClient(ctx.app).post('/api/assessments', {
      organisationId: w.enterprise.id,
      methodologyId: METHODOLOGY,
      vsicDivision: '10',
    });
    expect(anonymous.statusCode).toBe(401);
    const bad = await w.member.client.post('/api/assessments', { organisationId: w.enterprise.id, methodologyId: METHODOLOGY, vsicDivision: '1x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('vsicDivision');
    const unknown = await w.member.client.post('/api/assessments', { organisationId: w.enterprise.id, methodologyId: 'nope', vsicDivision: '10' });
    expect(unknown.json().error.details.fields[0].path).toBe('methodologyId');
    const foreign = await w.stranger.client.post('/api/assessments', { organisationId: w.enterprise.id, methodologyId: METHODOLOGY, vsicDivision: '10' });
    expect(foreign.statusCode).toBe(403);
    const far = await w.farStaff.client.post('/api/assessments', { organisationId: w.enterprise.id, methodologyId: METHODOLOGY, vsicDivision: '10' });
    expect(far.statusCode).toBe(403);
    // Connection-point staff of the province fill in for the enterprise during a visit.
    await start(w.staff.client);
    const eligible = (await w.staff.client.get('/api/assessments/eligible-organisations?limit=100')).json();
    expect(eligible.items.map((o: { id: string }) => o.id)).toContain(w.enterprise.id);
    expect((await w.farStaff.client.get('/api/assessments/eligible-organisations')).json().items.map((o: { id: string }) => o.id)).not.toContain(
      w.enterprise.id,
    );
  });

  it('saves answers as one goes and refuses bad ones with a message naming the question, writing nothing', async () => {
    const id = await start();
    const save = (answers: unknown[], methodologyId = METHODOLOGY) => w.member.client.put(`/api/assessments/${id}/answers`, { methodologyId, answers });
    const ok = await save([{ questionId: 'T3.automated', status: 'answered', value: 40, evidence: 'Ảnh dây chuyền' }]);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().answers['T3.automated']).toMatchObject({ status: 'answered', value: 40, evidence: 'Ảnh dây chuyền' });
    expect(ok.json().completeness.answered).toBe(1);

    const over = await save([{ questionId: 'T3.automated', status: 'answered', value: 140 }]);
    expect(over.statusCode).toBe(400);
    const field = over.json().error.details.fields[0];
    expect(field.path).toBe('answers.T3.automated');
    expect(field.message).toContain('T3.automated');
    expect(field.message).toContain('100');
    expect((await save([{ questionId: 'E8.employees', status: 'answered', value: -3 }])).json().error.details.fields[0].path).toBe('answers.E8.employees');
    expect((await save([{ questionId: 'E8.revenue', status: 'answered', value: 'much' }])).json().error.details.fields[0].code).toBe('not-a-number');
    expect((await save([{ questionId: 'T3.automated', status: 'answered', value: 50 }], 'tt04-2014-v1')).json().error.details.fields[0].code).toBe(
      'other-methodology',
    );
    const after = (await w.member.client.get(`/api/assessments/${id}`)).json();
    expect(after.answers['T3.automated'].value).toBe(40);
    expect(await audits(id)).toEqual(['assessment.start', 'assessment.answer']);
  });

  it('refuses to submit an incomplete questionnaire, naming the missing questions', async () => {
    const id = await start();
    const response = await w.member.client.post(`/api/assessments/${id}/submit`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields.length).toBeGreaterThan(20);
  });
});

describe('review and report', () => {
  it('submits, is returned with a comment, resubmits, is approved and locked; the report shows score, level, sector and weaknesses', async () => {
    const id = await start();
    expect((await w.member.client.put(`/api/assessments/${id}/answers`, { methodologyId: METHODOLOGY, answers: fullAnswers() })).statusCode).toBe(200);
    const submitted = await w.member.client.post(`/api/assessments/${id}/submit`);
    expect(submitted.json()).toMatchObject({ status: 'submitted', canEdit: false });
    // Locked while submitted: no edit without the assessor returning it.
    const locked = await w.member.client.put(`/api/assessments/${id}/answers`, {
      methodologyId: METHODOLOGY,
      answers: [{ questionId: 'T3.automated', status: 'answered', value: 10 }],
    });
    expect(locked.statusCode).toBe(409);
    // The enterprise cannot approve itself; staff of another province do not see it.
    expect((await w.member.client.post(`/api/assessments/${id}/approve`, {})).statusCode).toBe(403);
    expect((await w.farStaff.client.post(`/api/assessments/${id}/approve`, {})).statusCode).toBe(404);
    expect((await w.staff.client.post(`/api/assessments/${id}/return`, { comment: '' })).statusCode).toBe(400);
    const returned = await w.staff.client.post(`/api/assessments/${id}/return`, { comment: 'Thiếu ảnh chứng minh T3' });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: 'Thiếu ảnh chứng minh T3' });
    await w.member.client.put(`/api/assessments/${id}/answers`, {
      methodologyId: METHODOLOGY,
      answers: [{ questionId: 'T3.automated', status: 'answered', value: 55, evidence: 'Ảnh dây chuyền đóng chai' }],
    });
    await w.member.client.post(`/api/assessments/${id}/submit`);
    const approved = await w.agency.client.post(`/api/assessments/${id}/approve`, { comment: 'Đạt' });
    expect(approved.json()).toMatchObject({ status: 'approved', canEdit: false, canReview: false });
    expect((await w.staff.client.post(`/api/assessments/${id}/approve`, {})).statusCode).toBe(409);

    const report = (await w.member.client.get(`/api/assessments/${id}/report`)).json();
    expect(report.provisional).toBe(true);
    expect(report.score.groups).toHaveLength(5);
    expect(report.score.total).toBeGreaterThan(0);
    expect(report.score.level.name.vi).toBeTruthy();
    expect(report.sector.status).toBe('insufficient');
    expect(report.weaknesses.length).toBeGreaterThanOrEqual(3);
    expect(await audits(id)).toEqual(
      expect.arrayContaining(['assessment.start', 'assessment.answer', 'assessment.submit', 'assessment.return', 'assessment.approve']),
    );
    // Reopening an approved assessment is the assessor's, and is recorded as such.
    expect((await w.staff.client.get(`/api/assessments/${id}`)).json().canReopen).toBe(true);
    expect((await w.member.client.get(`/api/assessments/${id}`)).json().canReopen).toBe(false);
    expect((await w.member.client.post(`/api/assessments/${id}/return`, { comment: 'Mở lại' })).statusCode).toBe(403);
    const reopened = await w.staff.client.post(`/api/assessments/${id}/return`, { comment: 'Mở lại để cập nhật số liệu 2026' });
    expect(reopened.json()).toMatchObject({ status: 'returned', reviewComment: 'Mở lại để cập nhật số liệu 2026' });
    expect((await w.member.client.get(`/api/assessments/${id}`)).json().canEdit).toBe(true);
    expect(await audits(id)).toContain('assessment.reopen');
    await w.member.client.post(`/api/assessments/${id}/submit`);
    expect((await w.staff.client.post(`/api/assessments/${id}/approve`, {})).json().status).toBe('approved');
  });

  it('compares against the sector once five enterprises of the division are approved, and a second assessment shows what changed', async () => {
    const db = ctx.database.db;
    const { newOrganisation } = await import('../support/factories.js');
    for (let i = 0; i < 5; i++) {
      const firm = await newOrganisation(db, { provinceCode: '40' });
      const id = await start(w.staff.client, firm.id);
      await w.staff.client.put(`/api/assessments/${id}/answers`, { methodologyId: METHODOLOGY, answers: fullAnswers(0.2 + i * 0.15, 100 + i) });
      await w.staff.client.post(`/api/assessments/${id}/submit`);
      expect((await w.agency.client.post(`/api/assessments/${id}/approve`, {})).statusCode).toBe(200);
    }
    const second = await start();
    await w.member.client.put(`/api/assessments/${second}/answers`, { methodologyId: METHODOLOGY, answers: fullAnswers(0.7, 9) });
    await w.member.client.post(`/api/assessments/${second}/submit`);
    await w.staff.client.post(`/api/assessments/${second}/approve`, {});
    const report = (await w.member.client.get(`/api/assessments/${second}/report`)).json();
    expect(report.sector.status).toBe('ok');
    expect(report.comparison.groups).toHaveLength(5);
    expect(report.previous).not.toBeNull();
    expect(report.previous.change.sameMethodology).toBe(true);
    expect(report.previous.change.total.change).toBeGreaterThan(0);
  });

  it('drafts a demand of the enterprise from a weakness, which the existing matching serves', async () => {
    const list = (await w.member.client.get(`/api/assessments?status=approved`)).json();
    const id = list.items.find((a: { organisationId: string }) => a.organisationId === w.enterprise.id).id;
    const report = (await w.member.client.get(`/api/assessments/${id}/report`)).json();
    const criterion = report.weaknesses[0].code;
    expect((await w.member.client.post(`/api/assessments/${id}/demands`, { criterion: 'NOPE' })).statusCode).toBe(400);
    expect((await w.stranger.client.post(`/api/assessments/${id}/demands`, { criterion })).statusCode).toBe(404);
    const drafted = await w.member.client.post(`/api/assessments/${id}/demands`, { criterion });
    expect(drafted.statusCode, drafted.body).toBe(201);
    const demand = (await w.member.client.get(`/api/demands/${drafted.json().demandId}`)).json();
    expect(demand).toMatchObject({ status: 'draft', ownerOrganisationId: w.enterprise.id, sectorCode: 'C' });
    expect(demand.confidentialDetails.problem).toContain(criterion);
    expect((await w.member.client.get(`/api/demands/${drafted.json().demandId}/matches`)).statusCode).toBe(200);
    expect(await audits(id)).toContain('assessment.draft-demand');
  });
});

describe('confidentiality', () => {
  it('shows answers and results only to the enterprise, the assessing staff and the agency', async () => {
    const marker = `MARKER-${Date.now()}`;
    const id = await start();
    await w.member.client.put(`/api/assessments/${id}/answers`, {
      methodologyId: METHODOLOGY,
      answers: [{ questionId: 'T1.generation', status: 'answered', value: 'older', evidence: marker }],
    });
    for (const insider of [w.member, w.staff, w.agency]) {
      expect((await insider.client.get(`/api/assessments/${id}`)).body).toContain(marker);
    }
    for (const outsider of [w.stranger, w.supplier, w.farStaff, w.admin]) {
      expect((await outsider.client.get(`/api/assessments/${id}`)).statusCode).toBe(404);
      expect((await outsider.client.get(`/api/assessments/${id}/report`)).statusCode).toBe(404);
      const list = await outsider.client.get('/api/assessments');
      expect(list.body).not.toContain(id);
      expect(list.body).not.toContain(marker);
    }
    expect((await new TestClient(ctx.app).get(`/api/assessments/${id}`)).statusCode).toBe(401);
    // The audit log names the questions, never the answers.
    const audit = await w.admin.client.get(`/api/audit?entityId=${id}`);
    expect(audit.body).not.toContain(marker);
    const rows = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(JSON.stringify(rows)).not.toContain(marker);
  });
});

describe('publishing a methodology version', () => {
  it('lets agency staff publish a new version as data; new assessments use it and old results keep theirs', async () => {
    const { circular17 } = await import('../../src/domain/assessment/methodologies/index.js');
    const bands = circular17.levels.bands.map((b, i) => (i === 1 ? { ...b, minTotal: 5, minCoefficient: 0 } : b));
    const next = { ...circular17, id: 'tt17-2019-v2', version: 2, levels: { ...circular17.levels, bands } };
    expect((await w.member.client.post('/api/assessment-methodologies', { document: next })).statusCode).toBe(403);
    expect((await w.staff.client.post('/api/assessment-methodologies', { document: next })).statusCode).toBe(403);
    const broken = await w.agency.client.post('/api/assessment-methodologies', { document: { ...next, totalPoints: 90 } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.details.fields[0].path).toMatch(/^document\./);
    const stale = await w.agency.client.post('/api/assessment-methodologies', { document: { ...next, id: 'tt17-2019-v1b', version: 1 } });
    expect(stale.json().error.details.fields[0].path).toBe('document.version');
    expect((await w.agency.client.post('/api/assessment-methodologies', { document: next })).statusCode).toBe(201);
    expect((await w.agency.client.get('/api/assessment-methodologies')).json().canPublish).toBe(true);
    expect((await w.member.client.get('/api/assessment-methodologies')).json().canPublish).toBe(false);

    const score = async (methodologyId: string) => {
      const id = (await w.member.client.post('/api/assessments', { organisationId: w.enterprise.id, methodologyId, vsicDivision: '10' })).json().id;
      await w.member.client.put(`/api/assessments/${id}/answers`, { methodologyId, answers: fullAnswers(0.05, 42) });
      await w.member.client.post(`/api/assessments/${id}/submit`);
      await w.staff.client.post(`/api/assessments/${id}/approve`, {});
      return { id, score: (await w.member.client.get(`/api/assessments/${id}/report`)).json().score };
    };
    const before = await score(METHODOLOGY);
    const after = await score('tt17-2019-v2');
    expect(after.score.total).toBe(before.score.total);
    expect(before.score.level.code).toBe(circular17.levels.bands[0].code);
    expect(after.score.level.code).toBe(circular17.levels.bands[1].code);
    expect(after.score.version).toBe(2);
    // The earlier result keeps the version it was scored with.
    expect((await w.member.client.get(`/api/assessments/${before.id}/report`)).json().score).toMatchObject({
      version: 1,
      level: { code: before.score.level.code },
    });
  });
});

describe('the enterprises one may assess page by cursor', () => {
  it('walks 45 same-named enterprises of the province, each once, with the real total; searches on the server; refuses a foreign cursor', async () => {
    const { newOrganisation } = await import('../support/factories.js');
    for (let i = 0; i < 45; i += 1) await newOrganisation(ctx.database.db, { provinceCode: '40', nameVi: 'Công ty Chế biến Cá Cơm Thử' });
    const all = await walkPages(w.staff.client, '/api/assessments/eligible-organisations', 20);
    expect(all.totals[0]).toBeGreaterThanOrEqual(46);
    expect(all.totals).toHaveLength(1);
    expect(new Set(all.rows.map((r) => r.id)).size).toBe(all.totals[0]);
    const found = await walkPages<{ name: string }>(w.staff.client, `/api/assessments/eligible-organisations?q=${encodeURIComponent('ca com thu')}`, 20);
    expect(found.totals).toEqual([45]);
    expect(found.rows).toHaveLength(45);
    expect((await w.farStaff.client.get('/api/assessments/eligible-organisations?q=ca%20com%20thu')).json()).toMatchObject({
      items: [],
      total: 0,
      nextCursor: null,
    });
    for (const cursor of foreignCursors.filter((c) => !/^\["[^"]*","[0-9a-f-]{36}"\]$/.test(Buffer.from(c, 'base64url').toString('utf8')))) {
      const response = await w.staff.client.get(`/api/assessments/eligible-organisations?cursor=${cursor}`);
      expect(response.statusCode, `${cursor}: ${response.body}`).toBe(400);
      expect(response.body).toContain('cursor');
    }
  });
});
