import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { expertMember } from '../councils/councils-world.js';
import { newDraft, programmesWorld, walk } from './programmes-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof programmesWorld>>;

beforeAll(async () => {
  ctx = await createTestApp();
  world = await programmesWorld(ctx);
});
afterAll(async () => ctx?.close());

/** An identification council of seven experts (one from the proposing enterprise) and a secretary, convened by an agency. */
async function identificationCouncil() {
  const db = ctx.database.db;
  const agency = await newOrganisation(db, { kind: 'agency', nameVi: 'Văn phòng Chương trình đổi mới công nghệ' });
  const convener = await signedInClient(ctx.app, db, { organisationId: agency.id, language: 'en' });
  const secretary = await signedInClient(ctx.app, db, { organisationId: agency.id, language: 'en' });
  const experts: Array<Awaited<ReturnType<typeof expertMember>>> = [];
  for (let i = 0; i < 8; i++) experts.push(await expertMember(ctx, `Chuyên gia xác định ${i + 1}`, i === 7 ? { organisationId: world.enterprise.id } : {}));
  const scorers = [0, 1, 2, 3, 4, 5, 7];
  const created = await convener.client.post('/api/councils', {
    kind: 'identification',
    name: 'Hội đồng tư vấn xác định nhiệm vụ 2027',
    convenerOrganisationId: agency.id,
    meetingDate: '2027-03-10',
    members: [
      ...scorers.map((i, j) => ({ expertId: experts[i].expert.id, role: j === 0 ? 'chair' : j === 1 ? 'vice-chair' : 'member' })),
      { userId: secretary.user.id, role: 'secretary' },
    ],
  });
  if (created.statusCode !== 201) throw new Error(`council not formed: ${created.body}`);
  return { convener, secretary, experts, councilId: created.json().id as string };
}

describe('a programme task before a council', () => {
  it('takes a task waiting for identification, excludes the proposer’s own expert, and moves the task on the consolidated result', async () => {
    const task = await newDraft(world);
    expect((await world.proposer.client.post(`/api/programme-tasks/${task.id}/transitions`, { action: 'submit' })).statusCode).toBe(200);
    const early = await newDraft(world, { title: 'Đề xuất còn ở dạng nháp' });
    const council = await identificationCouncil();

    // A draft is not at the council's stage: refused by field, nothing added.
    await walk(world.agency.client, task.id, [{ action: 'declare-admissible' }]);
    const notYet = await council.convener.client.post(`/api/councils/${council.councilId}/dossiers`, { dossierKind: 'programme-task', dossierIds: [task.id] });
    expect(notYet.statusCode).toBe(400);
    expect(notYet.json().error.details.fields[0]).toMatchObject({ path: 'dossierIds.0', code: 'task_not_at_council_stage' });
    expect(
      (await council.convener.client.post(`/api/councils/${council.councilId}/dossiers`, { dossierKind: 'programme-task', dossierIds: [early.id] })).statusCode,
    ).toBe(400);

    await walk(world.agency.client, task.id, [{ action: 'send-to-council' }]);
    const added = await council.convener.client.post(`/api/councils/${council.councilId}/dossiers`, { dossierKind: 'programme-task', dossierIds: [task.id] });
    expect(added.statusCode).toBe(201);
    const detail = (await council.convener.client.get(`/api/councils/${council.councilId}`)).json();
    const dossierId = detail.dossiers[0].id as string;
    const criteria = detail.form.criteria as Array<{ key: string; maxPoints: number }>;
    expect(detail.dossiers[0]).toMatchObject({ title: 'Đổi mới công nghệ chế biến nước mắm truyền thống bằng enzyme' });

    // The expert who works for the proposing enterprise never sees the dossier.
    const own = await council.experts[7].client.get(`/api/council-dossiers/${dossierId}`);
    expect([403, 404]).toContain(own.statusCode);

    // Six scorers declare no conflict and score 80% of each criterion's maximum.
    const sheet = Object.fromEntries(criteria.map((c) => [c.key, Math.round(c.maxPoints * 0.8)]));
    for (const i of [0, 1, 2, 3, 4, 5]) {
      const member = council.experts[i].client;
      expect((await member.post(`/api/council-dossiers/${dossierId}/declaration`, { conflict: false })).statusCode).toBe(200);
      const view = (await member.get(`/api/council-dossiers/${dossierId}`)).json();
      expect(JSON.stringify(view.fields)).toContain('enzyme');
      expect((await member.post(`/api/council-dossiers/${dossierId}/sheet/submit`, { scores: sheet })).statusCode).toBe(200);
    }
    const done = await council.secretary.client.post(`/api/council-dossiers/${dossierId}/consolidate`, {
      comments: { [criteria[0]!.key]: 'Cần thiết cho ngành nước mắm' },
      conclusion: 'Đề nghị đặt hàng',
    });
    expect(done.statusCode).toBe(200);

    // The task moved on by itself, and its proposer reads the council's conclusion.
    const seen = (await world.proposer.client.get(`/api/programme-tasks/${task.id}`)).json();
    expect(seen.status).toBe('identified');
    expect(seen.history.at(-1)).toMatchObject({ action: 'identify', reason: expect.stringContaining('đạt') });
    expect(seen.councilReviews).toHaveLength(1);
    expect(seen.councilReviews[0]).toMatchObject({ councilKind: 'identification', councilName: 'Hội đồng tư vấn xác định nhiệm vụ 2027' });
    expect(JSON.stringify(seen.councilReviews[0].result)).toContain('Cần thiết cho ngành nước mắm');
    expect((await world.outsider.client.get(`/api/programme-tasks/${task.id}`)).statusCode).toBe(404);
  });
});
