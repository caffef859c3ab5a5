import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { newOrganisation, signedInClient } from '../support/factories.js';
import { assessmentWorld, fullAnswers, METHODOLOGY } from './assessment-world.js';
import { assessmentCampaignTargets, assessmentCampaigns, assessments } from '../../src/db/schema/index.js';
import { assessmentDashboard, type DashboardRecord } from '../../src/domain/assessment/dashboard.js';
import { circular17 } from '../../src/domain/assessment/methodologies/index.js';
import { scoreAssessment } from '../../src/domain/assessment/score-assessment.js';
import { scoreFigures } from '../../src/domain/assessment/sector-statistics.js';
import { answersOf } from '../../src/server/modules/assessment/assessment.service.js';

let ctx: TestContext;
let w: Awaited<ReturnType<typeof assessmentWorld>>;
const names: string[] = [];
let campaignId = '';

type Row = { key: string; label: string; n: number; withheld: boolean; meanTotal: number | null; levels: Array<{ count: number }> };

/** An enterprise of `province` whose assessment in `division` the staff approve (staff of its province). */
async function approved(province: string, division: string, level: number, staff: typeof w.staff) {
  const org = await newOrganisation(ctx.database.db, { provinceCode: province, nameVi: `Doanh nghiệp bảng tổng hợp ${names.length + 1}` });
  names.push(org.nameVi);
  const member = await signedInClient(ctx.app, ctx.database.db, { organisationId: org.id, language: 'en' });
  const id = (await member.client.post('/api/assessments', { organisationId: org.id, methodologyId: METHODOLOGY, vsicDivision: division })).json().id;
  expect(
    (await member.client.put(`/api/assessments/${id}/answers`, { methodologyId: METHODOLOGY, answers: fullAnswers(level, names.length) })).statusCode,
  ).toBe(200);
  expect((await member.client.post(`/api/assessments/${id}/submit`)).statusCode).toBe(200);
  expect((await staff.client.post(`/api/assessments/${id}/approve`, {})).statusCode).toBe(200);
  return org;
}

beforeAll(async () => {
  ctx = await createTestApp();
  w = await assessmentWorld(ctx);
  // Five food processors in Nghệ An invited by a campaign, one machine maker there, one food processor in province 52.
  const food = [];
  for (const level of [0.2, 0.35, 0.5, 0.65, 0.8]) food.push(await approved('40', '10', level, w.staff));
  const created = await w.staff.client.post('/api/assessment-campaigns', {
    name: 'Khảo sát thử nghiệm bảng tổng hợp',
    methodologyId: METHODOLOGY,
    vsicDivision: '10',
    organisationIds: food.map((o) => o.id),
  });
  campaignId = created.json().id;
  await approved('40', '28', 0.5, w.staff);
  await approved('52', '10', 0.5, w.farStaff);
  // Assessed again after the campaign began: these are the ones the campaign counts.
  for (const org of food) {
    const member = await signedInClient(ctx.app, ctx.database.db, { organisationId: org.id, language: 'en' });
    const id = (await member.client.post('/api/assessments', { organisationId: org.id, methodologyId: METHODOLOGY, vsicDivision: '10' })).json().id;
    await member.client.put(`/api/assessments/${id}/answers`, { methodologyId: METHODOLOGY, answers: fullAnswers(0.6, 99) });
    await member.client.post(`/api/assessments/${id}/submit`);
    await w.staff.client.post(`/api/assessments/${id}/approve`, {});
  }
}, 120_000);
afterAll(async () => ctx?.close());

describe('assessment dashboard', () => {
  it('counts each enterprise of the staff provinces once, by sector, province and campaign, and withholds sets under five', async () => {
    const res = await w.staff.client.get('/api/assessment-dashboard');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.scope).toEqual({ national: false, provinces: ['40'] });
    expect(d.n).toBe(6);
    const sector10 = d.bySector.find((r: Row) => r.key === '10');
    expect(sector10).toMatchObject({ n: 5, withheld: false, label: 'VSIC 10 · Manufacturing' });
    expect(sector10.levels.reduce((s: number, l: { count: number }) => s + l.count, 0)).toBe(5);
    expect(d.bySector.find((r: Row) => r.key === '28')).toMatchObject({ n: 1, withheld: true, meanTotal: null, levels: [] });
    expect(d.byProvince).toEqual([expect.objectContaining({ key: '40', label: 'Nghe An', n: 6, withheld: false })]);
    expect(d.byCampaign).toEqual([expect.objectContaining({ key: campaignId, label: 'Khảo sát thử nghiệm bảng tổng hợp', n: 5, withheld: false })]);
    expect(d.overall.levels.reduce((s: number, l: { count: number }) => s + l.count, 0)).toBe(6);
    expect(d.overall.weakest.length).toBeGreaterThanOrEqual(3);
    // Aggregates only: no enterprise's name or id.
    for (const name of names) expect(res.body).not.toContain(name);
    expect(res.body).not.toContain(w.enterprise.id);

    const filtered = (await w.staff.client.get(`/api/assessment-dashboard?campaignId=${campaignId}`)).json();
    expect(filtered.n).toBe(5);
    expect((await w.staff.client.get('/api/assessment-dashboard?vsicDivision=28')).json()).toMatchObject({ n: 1, overall: null });
  });

  it('gives the agency every province, and other staff only theirs', async () => {
    const national = (await w.agency.client.get('/api/assessment-dashboard')).json();
    expect(national.scope.national).toBe(true);
    expect(national.n).toBe(7);
    expect(national.bySector.find((r: Row) => r.key === '10').n).toBe(6);
    const far = (await w.farStaff.client.get('/api/assessment-dashboard')).json();
    expect(far).toMatchObject({ n: 1, overall: null });
    expect(far.byCampaign).toEqual([]);
  });

  it('is refused to enterprises, to platform admins and outside the staff provinces; bad filters name the field', async () => {
    for (const who of [w.member, w.admin, w.supplier]) expect((await who.client.get('/api/assessment-dashboard')).statusCode).toBe(403);
    expect((await w.member.client.get('/api/assessment-dashboard.xlsx')).statusCode).toBe(403);
    const outside = await w.farStaff.client.get('/api/assessment-dashboard?provinceCode=40');
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.details.reason).toBe('assessment_dashboard_province');
    const fieldsOf = async (query: string) => {
      const res = await w.staff.client.get(`/api/assessment-dashboard?${query}`);
      expect(res.statusCode).toBe(400);
      return res.json().error.details.fields.map((f: { path: string }) => f.path);
    };
    expect(await fieldsOf('vsicDivision=ab')).toEqual(['querystring.vsicDivision']);
    expect(await fieldsOf('methodologyCode=nope')).toEqual(['querystring.methodologyCode']);
    expect(await fieldsOf('campaignId=not-a-uuid')).toEqual(['querystring.campaignId']);
    // A campaign the caller does not see is as unknown as one that does not exist.
    expect((await w.farStaff.client.get(`/api/assessment-dashboard?campaignId=${campaignId}`)).json().error.details.fields[0].path).toBe(
      'querystring.campaignId',
    );
  });

  it('exports the same figures to Excel with sheet names, headings and labels in the reader language', async () => {
    const vi = await signedInClient(ctx.app, ctx.database.db, { organisationId: (await staffOrganisation()) ?? '', language: 'vi' });
    const res = await vi.client.get('/api/assessment-dashboard.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Theo mức trình độ',
      'Theo nhóm tiêu chí',
      'Tiêu chí yếu nhất',
      'Theo ngành (VSIC)',
      'Theo tỉnh, thành',
      'Theo đợt khảo sát',
    ]);
    const d = (await vi.client.get('/api/assessment-dashboard')).json();
    const summary = workbook.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('A2').text).toContain('Đếm 6 doanh nghiệp');
    const province = workbook.getWorksheet('Theo tỉnh, thành')!;
    expect(province.getRow(2).values).toEqual(expect.arrayContaining(['Nghệ An', 6, d.byProvince[0].meanTotal]));
    const sector = workbook.getWorksheet('Theo ngành (VSIC)')!;
    const texts: string[] = [];
    workbook.eachSheet((s) => s.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))));
    expect(texts).toContain('VSIC 10 · Công nghiệp chế biến, chế tạo');
    expect(texts).toContain('Dưới 5 doanh nghiệp: không công bố số liệu');
    expect(sector.rowCount).toBe(3);
    for (const name of names) expect(texts.join('\n')).not.toContain(name);
  });
});

/** The dashboard computed by the domain from the raw answers: every approved assessment re-scored, the latest per enterprise kept. */
async function dashboardFromAnswers() {
  const db = ctx.database.db;
  const rows = (await db.select().from(assessments)).filter((r) => r.status === 'approved');
  rows.sort((a, b) => (b.reviewedAt?.getTime() ?? 0) - (a.reviewedAt?.getTime() ?? 0) || b.createdAt.getTime() - a.createdAt.getTime());
  const targets = await db
    .select({ organisationId: assessmentCampaignTargets.organisationId, campaignId: assessmentCampaigns.id, since: assessmentCampaigns.createdAt })
    .from(assessmentCampaignTargets)
    .innerJoin(assessmentCampaigns, eq(assessmentCampaigns.id, assessmentCampaignTargets.campaignId));
  const latest = new Map<string, DashboardRecord>();
  for (const r of rows) {
    if (latest.has(r.organisationId)) continue;
    const score = scoreAssessment(circular17, answersOf(r.answers), { sector: r.vsicDivision });
    const campaignIds = targets.filter((t) => t.organisationId === r.organisationId && r.createdAt >= t.since).map((t) => t.campaignId);
    latest.set(r.organisationId, { vsicDivision: r.vsicDivision, provinceCode: r.provinceCode, campaignIds, score: scoreFigures(score) });
  }
  return assessmentDashboard(circular17, [...latest.values()]);
}

type Dashboard = Awaited<ReturnType<typeof dashboardFromAnswers>>;
type Served = Record<string, unknown> & { n: number; overall: Record<string, unknown> & { weakest: Array<Record<string, unknown>> } };
const breakdownFigures = (rows: Array<Record<string, unknown>>) =>
  rows.map(({ key, n, withheld, meanTotal, medianTotal, meanCoefficient, levels, groups }) => ({
    key,
    n,
    withheld,
    meanTotal,
    medianTotal,
    meanCoefficient,
    levels,
    groups,
  }));

/** The figures of the domain's dashboard in the served shape (labels and names aside). */
function expectedFigures(d: Dashboard) {
  if (d.overall.status !== 'ok') throw new Error('the test world has at least five approved enterprises');
  const o = d.overall;
  return {
    n: d.n,
    total: o.total,
    coefficient: o.coefficient,
    groups: o.groups.map((g) => ({ code: g.code, points: g.points, share: g.share })),
    levels: o.levels.map((l) => ({ code: l.code, count: l.count, share: l.share })),
    weakest: o.criteria.slice(0, 5).map((c) => ({ code: c.code, n: c.n, meanShare: c.meanShare, medianShare: c.medianShare })),
    rows: [d.bySector, d.byProvince, d.byCampaign].map((r) => breakdownFigures(r)),
  };
}

function servedFigures(d: Served) {
  const o = d.overall;
  return {
    n: d.n,
    total: o.total,
    coefficient: o.coefficient,
    groups: o.groups,
    levels: o.levels,
    weakest: o.weakest.map(({ code, n, meanShare, medianShare }) => ({ code, n, meanShare, medianShare })),
    rows: [d.bySector, d.byProvince, d.byCampaign].map((r) => breakdownFigures(r as Array<Record<string, unknown>>)),
  };
}

describe('assessment dashboard figures', () => {
  it('equal the figures the domain computes from the raw answers of the latest approved assessments', async () => {
    const served = (await w.agency.client.get('/api/assessment-dashboard')).json();
    expect(served.n).toBe(7);
    expect(servedFigures(served)).toEqual(expectedFigures(await dashboardFromAnswers()));
  });

  it('follow a reopened assessment at once: the enterprise counts with its previous approved one', async () => {
    expect((await w.staff.client.get(`/api/assessment-dashboard?campaignId=${campaignId}`)).json().n).toBe(5);
    const list = (await w.staff.client.get('/api/assessments?status=approved&limit=50')).json();
    const latestOfFirst = list.items.find((a: { organisationName: string }) => a.organisationName === names[0]);
    const reopened = await w.staff.client.post(`/api/assessments/${latestOfFirst.id}/return`, { comment: 'Kiểm tra lại số liệu thiết bị' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    // Its earlier approval began before the campaign: the campaign counts four, the province still six.
    expect((await w.staff.client.get(`/api/assessment-dashboard?campaignId=${campaignId}`)).json().n).toBe(4);
    const local = (await w.staff.client.get('/api/assessment-dashboard')).json();
    expect(local.n).toBe(6);
    expect(local.byCampaign).toEqual([expect.objectContaining({ key: campaignId, n: 4, withheld: true })]);
    const national = (await w.agency.client.get('/api/assessment-dashboard')).json();
    expect(servedFigures(national)).toEqual(expectedFigures(await dashboardFromAnswers()));
  });
});

describe('assessment list paging', () => {
  it('walks every visible assessment once, page by page, with the total; a bad cursor or size names the field', async () => {
    const first = (await w.staff.client.get('/api/assessments?limit=4')).json();
    expect(first.items).toHaveLength(4);
    expect(first.total).toBe(11);
    const seen: string[] = first.items.map((a: { id: string }) => a.id);
    let cursor = first.nextCursor as string | null;
    while (cursor) {
      const page = (await w.staff.client.get(`/api/assessments?limit=4&cursor=${encodeURIComponent(cursor)}`)).json();
      seen.push(...page.items.map((a: { id: string }) => a.id));
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
    for (const [query, field] of [
      ['limit=0', 'querystring.limit'],
      ['limit=500', 'querystring.limit'],
      ['cursor=yesterday', 'querystring.cursor'],
    ]) {
      const res = await w.staff.client.get(`/api/assessments?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields[0].path).toBe(field);
    }
  });
});

/** The Nghệ An connection point's centre (the world's staff belong to it). */
async function staffOrganisation() {
  return (await w.staff.client.get('/api/auth/me')).json().memberships?.[0]?.organisationId as string | undefined;
}
