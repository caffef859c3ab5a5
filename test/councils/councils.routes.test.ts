import { eq } from 'drizzle-orm';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, awardNominations, councilScoreSheets } from '../../src/db/schema/index.js';
import { qrPng, verificationUrl } from '../../src/server/modules/award/certificate.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { addMember } from '../support/factories.js';
import { councilsWorld, expertMember, provincialCouncilBody, type CouncilsWorld } from './councils-world.js';

let ctx: TestContext;
let w: CouncilsWorld;
let anonymous: TestClient;
let nominationId: string;
let councilId: string;
let dossierId: string;

const scores = { innovation: 32, results: 28, impact: 20 };

beforeAll(async () => {
  ctx = await createTestApp();
  w = await councilsWorld(ctx);
  anonymous = new TestClient(ctx.app, 'en');
});
afterAll(async () => ctx?.close());

describe('eligibility and nomination', () => {
  it('lists the enterprise whose 2017 transfer is in the pipeline, with that evidence, and not one whose transfer came in 2020', async () => {
    const list = await w.dostStaff.client.get(`/api/award-rounds/${w.roundId}/eligible`);
    expect(list.statusCode).toBe(200);
    const items = list.json().items as Array<{ enterpriseId: string; evidence: Array<{ sourceKind: string; recordId: string; date: string }> }>;
    const mine = items.find((i) => i.enterpriseId === w.enterprise.id);
    expect(mine?.evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sourceKind: 'agreement', recordId: w.transfer.agreement.id, date: '2017-06-15' }),
        expect.objectContaining({ sourceKind: 'connection', recordId: w.transfer.connection.id, date: '2017-06-15' }),
      ]),
    );
    expect(items.some((i) => i.enterpriseId === w.late.id)).toBe(false);
    // Another province's department does not see Nghệ An's enterprises; an outsider sees nothing.
    expect((await w.otherDostStaff.client.get(`/api/award-rounds/${w.roundId}/eligible`)).json().items).toEqual([]);
    expect((await w.stranger.client.get(`/api/award-rounds/${w.roundId}/eligible`)).statusCode).toBe(403);
  });

  it('lets the province’s department nominate in one action, once, and only an eligible enterprise', async () => {
    const body = { enterpriseId: w.enterprise.id };
    expect((await w.otherDostStaff.client.post(`/api/award-rounds/${w.roundId}/nominations`, body)).json().error.details.reason).toBe('not_your_province');
    const notEligible = await w.dostStaff.client.post(`/api/award-rounds/${w.roundId}/nominations`, { enterpriseId: w.late.id });
    expect(notEligible.statusCode).toBe(400);
    expect(notEligible.json().error.details.fields[0]).toMatchObject({ path: 'enterpriseId', code: 'not_eligible' });
    const created = await w.dostStaff.client.post(`/api/award-rounds/${w.roundId}/nominations`, body);
    expect(created.statusCode).toBe(201);
    nominationId = created.json().id;
    expect((await w.dostStaff.client.post(`/api/award-rounds/${w.roundId}/nominations`, body)).statusCode).toBe(409);
    const [row] = await ctx.database.db.select().from(awardNominations).where(eq(awardNominations.id, nominationId));
    expect(row.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ recordId: w.transfer.agreement.id })]));
  });
});

describe('councils', () => {
  it('refuses a council that breaks the rule of its kind, naming the field, and writes nothing', async () => {
    const four = await w.dostStaff.client.post('/api/councils', provincialCouncilBody(w, [0, 1, 2, 3]));
    expect(four.statusCode).toBe(400);
    expect(four.json().error.details.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'members', code: 'scorer_count', message: expect.stringContaining('5 or 6 or 7 or 8 or 9') })]),
    );
    const ministryKind = await w.dostStaff.client.post('/api/councils', { ...provincialCouncilBody(w), kind: 'award-ministry' });
    expect(ministryKind.json().error.details.fields[0]).toMatchObject({ path: 'kind', code: 'kind_not_for_convener' });
    const notMine = await w.otherDostStaff.client.post('/api/councils', provincialCouncilBody(w));
    expect(notMine.json().error.details.fields[0].path).toBe('convenerOrganisationId');
    expect((await w.stranger.client.post('/api/councils', provincialCouncilBody(w))).statusCode).toBe(403);
    expect((await w.dostStaff.client.get('/api/councils')).json().items).toEqual([]);
  });

  it('forms a council of five with a secretary; its rule is data the staff can read', async () => {
    const options = (await w.dostStaff.client.get('/api/councils/options')).json();
    expect(options.rules.find((r: { kind: string }) => r.kind === 'award-provincial')).toMatchObject({ scorerCounts: [5, 6, 7, 8, 9], minExternal: 2 });
    expect(options.candidates.map((c: { expertId: string | null }) => c.expertId)).toContain(w.experts[0].expert.id);
    const created = await w.dostStaff.client.post('/api/councils', provincialCouncilBody(w));
    expect(created.statusCode).toBe(201);
    councilId = created.json().id;
    const detail = (await w.dostStaff.client.get(`/api/councils/${councilId}`)).json();
    expect(detail.members.map((m: { role: string }) => m.role)).toEqual(['chair', 'vice-chair', 'member', 'member', 'member', 'secretary']);
    expect(detail.form.criteria.map((c: { key: string }) => c.key)).toEqual(['innovation', 'results', 'impact']);
    expect((await w.stranger.client.get(`/api/councils/${councilId}`)).statusCode).toBe(404);
    expect((await w.experts[0].client.get('/api/councils')).json().items).toEqual([expect.objectContaining({ id: councilId, myRole: 'chair', dossiers: 0 })]);
  });

  it('puts the nomination before the council and proposes reviewers without conflicts within the load cap', async () => {
    const added = await w.dostStaff.client.post(`/api/councils/${councilId}/dossiers`, { dossierKind: 'award-nomination', dossierIds: [nominationId] });
    expect(added.statusCode).toBe(201);
    const unknown = await w.dostStaff.client.post(`/api/councils/${councilId}/dossiers`, { dossierKind: 'award-nomination', dossierIds: [w.enterprise.id] });
    expect(unknown.json().error.details.fields[0]).toMatchObject({ path: 'dossierIds.0', code: 'unknown_dossier' });
    const detail = (await w.dostStaff.client.get(`/api/councils/${councilId}`)).json();
    dossierId = detail.dossiers[0].id;
    expect(detail.dossiers[0].assignedMemberIds).toHaveLength(5);
    expect((await w.dostStaff.client.get('/api/councils')).json().items[0].dossiers).toBe(1);
    expect((await anonymous.get('/api/award-rounds')).json().items[0].nominations).toBe(1);
    const proposal = (await w.dostStaff.client.post(`/api/councils/${councilId}/assignments/propose`, { perDossier: 4 })).json();
    expect(proposal.ok).toBe(true);
    expect(proposal.assignments[0].memberIds).toHaveLength(4);
    expect(Math.max(...(Object.values(proposal.loads) as number[]))).toBeLessThanOrEqual(proposal.cap);
    expect((await w.experts[0].client.post(`/api/councils/${councilId}/assignments/propose`, { perDossier: 4 })).statusCode).toBe(403);
  });

  it('shows a member only the title and organisations until they declare; a declared conflict hides the dossier for good', async () => {
    const member = w.experts[4].client;
    const before = (await member.get(`/api/councils/${councilId}`)).json();
    expect(before.dossiers[0]).toMatchObject({ title: 'Công ty Cơ khí Vinh', mine: { declared: false } });
    const closed = await member.get(`/api/council-dossiers/${dossierId}`);
    expect(closed.statusCode).toBe(403);
    expect(closed.json().error.details.reason).toBe('conflict_not_declared');
    const noReason = await member.post(`/api/council-dossiers/${dossierId}/declaration`, { conflict: true });
    expect(noReason.json().error.details.fields[0].path).toBe('reason');
    expect(
      (await member.post(`/api/council-dossiers/${dossierId}/declaration`, { conflict: true, reason: 'Tư vấn cho doanh nghiệp năm 2018' })).statusCode,
    ).toBe(200);
    expect((await member.get(`/api/councils/${councilId}`)).json().dossiers).toEqual([]);
    expect((await member.get(`/api/council-dossiers/${dossierId}`)).json().error.details.reason).toBe('not_assigned');
    expect((await member.put(`/api/council-dossiers/${dossierId}/sheet`, { scores })).statusCode).toBe(403);
    // Re-assigning the conflicted member is refused.
    const members = (await w.dostStaff.client.get(`/api/councils/${councilId}`)).json().members as Array<{ id: string; userId: string }>;
    const conflicted = members.find((m) => m.userId === w.experts[4].user.id)?.id as string;
    const reassign = await w.dostStaff.client.put(`/api/councils/${councilId}/assignments`, {
      assignments: [{ councilDossierId: dossierId, memberIds: [conflicted] }],
    });
    expect(reassign.json().error.details.fields[0]).toMatchObject({ path: 'assignments.0.memberIds.0', code: 'member_conflicted' });
    // The others declare no conflict and then see the dossier with its evidence.
    for (const e of w.experts.slice(0, 4))
      expect((await e.client.post(`/api/council-dossiers/${dossierId}/declaration`, { conflict: false })).statusCode).toBe(200);
    const open = (await w.experts[0].client.get(`/api/council-dossiers/${dossierId}`)).json();
    expect(open.fields.map((f: { value: string }) => f.value).join(' ')).toContain('15/06/2017');
    expect((await w.experts[0].client.post(`/api/council-dossiers/${dossierId}/declaration`, { conflict: true, reason: 'x' })).statusCode).toBe(409);
  });

  it('refuses a score over the criterion’s maximum and scoring after submitting, writing nothing', async () => {
    const member = w.experts[0].client;
    const over = await member.put(`/api/council-dossiers/${dossierId}/sheet`, { scores: { ...scores, innovation: 41 } });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.details.fields[0]).toMatchObject({ path: 'scores.innovation', code: 'score_over_maximum' });
    expect(await ctx.database.db.select().from(councilScoreSheets)).toHaveLength(0);
    const incomplete = await member.post(`/api/council-dossiers/${dossierId}/sheet/submit`, { scores: { innovation: 30 } });
    expect(incomplete.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual(['scores.results', 'scores.impact']);
    expect((await member.post(`/api/council-dossiers/${dossierId}/sheet/submit`, { scores, comments: { innovation: 'Dây chuyền mới' } })).statusCode).toBe(200);
    const locked = await member.put(`/api/council-dossiers/${dossierId}/sheet`, { scores: { innovation: 10 } });
    expect(locked.json().error.details.fields[0]).toMatchObject({ path: 'scores', code: 'score_locked' });
    expect((await member.get(`/api/council-dossiers/${dossierId}`)).json().mySheet.scores.innovation).toBe(32);
  });

  it('keeps scores invisible to other members until the secretary consolidates', async () => {
    const other = (await w.experts[1].client.get(`/api/council-dossiers/${dossierId}`)).json();
    expect(other.sheets).toBeNull();
    expect(other.preview).toBeNull();
    const secretaryView = (await w.secretary.client.get(`/api/council-dossiers/${dossierId}`)).json();
    expect(secretaryView.sheets).toHaveLength(1);
    // Too early: the others have not submitted.
    const early = await w.secretary.client.post(`/api/council-dossiers/${dossierId}/consolidate`, {});
    expect(early.json().error.details.fields[0]).toMatchObject({ path: 'sheets', code: 'not_enough_sheets' });
    const totals = [
      [30, 27, 20],
      [34, 30, 22],
      [31, 29, 21],
    ];
    for (const [i, [a, b, c]] of totals.entries()) {
      const res = await w.experts[i + 1].client.post(`/api/council-dossiers/${dossierId}/sheet/submit`, { scores: { innovation: a, results: b, impact: c } });
      expect(res.statusCode).toBe(200);
    }
    expect((await w.experts[1].client.post(`/api/council-dossiers/${dossierId}/consolidate`, {})).json().error.details.reason).toBe('not_council_secretary');
    const done = await w.secretary.client.post(`/api/council-dossiers/${dossierId}/consolidate`, {
      comments: { innovation: 'Tiếp nhận dây chuyền mới năm 2017' },
      conclusion: 'Đề nghị Bộ xét',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().total).toBeCloseTo((80 + 77 + 86 + 81) / 4, 5);
    const after = (await w.experts[1].client.get(`/api/council-dossiers/${dossierId}`)).json();
    expect(after.sheets).toHaveLength(4);
    expect(after.result.criteria[0].consensusComment).toBe('Tiếp nhận dây chuyền mới năm 2017');
    const [row] = await ctx.database.db.select().from(awardNominations).where(eq(awardNominations.id, nominationId));
    expect(row.provincialScore).toBeCloseTo(81, 5);
    const audit = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, dossierId));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['council.declare', 'council.sheet-submit', 'council.consolidate']));
  });

  it('generates the minutes, with the excluded member, as data and as a PDF', async () => {
    const minutes = (await w.secretary.client.get(`/api/councils/${councilId}/minutes`)).json();
    expect(minutes.dossiers[0].excluded).toEqual([{ name: 'Chuyên gia 5', reason: 'Tư vấn cho doanh nghiệp năm 2018' }]);
    const pdf = await w.secretary.client.get(`/api/councils/${councilId}/minutes.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await w.stranger.client.get(`/api/councils/${councilId}/minutes.pdf`)).statusCode).toBe(404);
  });

  it('never opens a dossier to a member who works for the nominee', async () => {
    const body = { ...provincialCouncilBody(w, [5, 6, 7, 8, 0]), name: 'Hội đồng thứ hai' };
    const created = await w.dostStaff.client.post('/api/councils', body);
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    // The member from the nominee's organisation cannot be assigned to its dossier.
    const detail = (await w.dostStaff.client.get(`/api/councils/${id}`)).json();
    const own = detail.members.find((m: { userId: string }) => m.userId === w.experts[8].user.id).id;
    const added = await w.dostStaff.client.post(`/api/councils/${id}/dossiers`, { dossierKind: 'award-nomination', dossierIds: [nominationId] });
    expect(added.statusCode).toBe(201);
    const after = (await w.dostStaff.client.get(`/api/councils/${id}`)).json();
    expect(after.dossiers[0].excludedMemberIds).toEqual([own]);
    expect((await w.experts[8].client.get(`/api/councils/${id}`)).json().dossiers).toEqual([]);
    expect((await w.experts[8].client.post(`/api/council-dossiers/${after.dossiers[0].id}/declaration`, { conflict: false })).statusCode).toBe(403);
  });

  it('never opens a dossier to a member whose own account belongs to the nominee, though the directory records no employer', async () => {
    const moonlighter = await expertMember(ctx, 'Chuyên gia kiêm nhiệm');
    await addMember(ctx.database.db, w.enterprise.id, moonlighter.user.id);
    const body = provincialCouncilBody(w, [5, 6, 7, 0]);
    const created = await w.dostStaff.client.post('/api/councils', {
      ...body,
      name: 'Hội đồng có chuyên gia kiêm nhiệm',
      members: [...body.members.slice(0, 4), { expertId: moonlighter.expert.id, role: 'member' }, ...body.members.slice(4)],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect((await w.dostStaff.client.post(`/api/councils/${id}/dossiers`, { dossierKind: 'award-nomination', dossierIds: [nominationId] })).statusCode).toBe(
      201,
    );
    const detail = (await w.dostStaff.client.get(`/api/councils/${id}`)).json();
    const own = detail.members.find((m: { userId: string }) => m.userId === moonlighter.user.id).id;
    const councilDossierId = detail.dossiers[0].id;
    expect(detail.dossiers[0].excludedMemberIds).toEqual([own]);
    expect((await moonlighter.client.get(`/api/councils/${id}`)).json().dossiers).toEqual([]);
    expect((await moonlighter.client.get(`/api/council-dossiers/${councilDossierId}`)).statusCode).toBe(403);
    expect((await moonlighter.client.post(`/api/council-dossiers/${councilDossierId}/declaration`, { conflict: false })).statusCode).toBe(403);
    const proposal = (await w.dostStaff.client.post(`/api/councils/${id}/assignments/propose`, { perDossier: 4 })).json();
    expect(proposal.ok).toBe(true);
    expect(proposal.assignments[0].memberIds).not.toContain(own);
    const reassign = await w.dostStaff.client.put(`/api/councils/${id}/assignments`, { assignments: [{ councilDossierId, memberIds: [own] }] });
    expect(reassign.json().error.details.fields[0]).toMatchObject({ path: 'assignments.0.memberIds.0', code: 'member_conflicted' });
  });

  it('refuses the nominee’s dossier to a council whose secretary works for the nominee, naming the field, and writes nothing', async () => {
    const body = provincialCouncilBody(w, [5, 6, 7, 0, 1]);
    const created = await w.dostStaff.client.post('/api/councils', {
      ...body,
      name: 'Hội đồng có thư ký của doanh nghiệp',
      members: [...body.members.filter((m) => m.role !== 'secretary'), { userId: w.nominee.user.id, role: 'secretary' }],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const added = await w.dostStaff.client.post(`/api/councils/${id}/dossiers`, { dossierKind: 'award-nomination', dossierIds: [nominationId] });
    expect(added.statusCode).toBe(400);
    expect(added.json().error.details.fields[0]).toMatchObject({
      path: 'dossierIds.0',
      code: 'secretary_from_dossier_organisation',
      message: 'The council’s secretary works for an organisation on this dossier and cannot keep its minutes: put it before another council.',
    });
    expect((await w.dostStaff.client.get(`/api/councils/${id}`)).json().dossiers).toEqual([]);
    expect((await w.nominee.client.get(`/api/councils/${id}`)).json().dossiers).toEqual([]);
  });
});

describe('the ministry council, ranking and certificates', () => {
  it('scores the nomination again at the ministry, ranks it, and publishes a certificate whose QR code opens its verification page', async () => {
    const ministry = {
      kind: 'award-ministry',
      name: 'Hội đồng cấp Bộ 2019',
      convenerOrganisationId: w.agencyOrg.id,
      members: [
        ...[0, 1, 2, 3, 4, 5, 6].map((i, j) => ({ expertId: w.experts[i].expert.id, role: j === 0 ? 'chair' : j === 1 ? 'vice-chair' : 'member' })),
        { userId: w.ministrySecretary.user.id, role: 'secretary' },
      ],
    };
    const created = await w.agency.client.post('/api/councils', ministry);
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect((await w.agency.client.post(`/api/councils/${id}/dossiers`, { dossierKind: 'award-nomination', dossierIds: [nominationId] })).statusCode).toBe(201);
    const d = (await w.agency.client.get(`/api/councils/${id}`)).json().dossiers[0].id;
    for (const i of [0, 1, 2, 3, 4, 5, 6]) {
      const c = w.experts[i].client;
      expect((await c.post(`/api/council-dossiers/${d}/declaration`, { conflict: false })).statusCode).toBe(200);
      expect((await c.post(`/api/council-dossiers/${d}/sheet/submit`, { scores: { innovation: 30 + i, results: 28, impact: 20 } })).statusCode).toBe(200);
    }
    expect((await w.ministrySecretary.client.post(`/api/council-dossiers/${d}/consolidate`, { comments: { impact: 'Lan tỏa trong tỉnh' } })).statusCode).toBe(
      200,
    );

    // The nominee reads both councils' scores and comments; a stranger cannot.
    const mine = (await w.nominee.client.get(`/api/award-nominations/${nominationId}`)).json();
    expect(mine.reviews.map((r: { councilKind: string }) => r.councilKind)).toEqual(['award-provincial', 'award-ministry']);
    expect(mine.reviews[1].result.criteria[2].consensusComment).toBe('Lan tỏa trong tỉnh');
    expect((await w.stranger.client.get(`/api/award-nominations/${nominationId}`)).statusCode).toBe(403);

    expect((await w.dostStaff.client.post(`/api/award-rounds/${w.roundId}/ranking`)).statusCode).toBe(403);
    const ranking = await w.agency.client.post(`/api/award-rounds/${w.roundId}/ranking`);
    expect(ranking.statusCode).toBe(200);
    expect(ranking.json().ranked[0]).toMatchObject({ nominationId, scorers: 7, position: 1, honoured: true, tier: 1 });

    const honourees = (await anonymous.get(`/api/award-rounds/${w.roundId}/honourees`)).json();
    expect(honourees.items).toHaveLength(1);
    const code = honourees.items[0].certificateCode;
    const verified = await anonymous.get(`/api/award/verify/${code}`);
    expect(verified.json()).toMatchObject({ valid: true, enterpriseName: 'Công ty Cơ khí Vinh', tier: 1 });
    expect((await anonymous.get('/api/award/verify/not-a-real-code')).statusCode).toBe(404);

    const pdf = await anonymous.get(`/api/award/certificates/${code}`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdf.rawPayload.toString('latin1');
    const url = verificationUrl(ctx.config.baseUrl, code);
    expect(text).toContain(`/URI (${url})`);
    expect(text).toContain('/Subtype /Image');
    // The QR code embedded decodes to the verification address.
    const { data, info } = await sharp(await qrPng(url))
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(url);
  });
});
