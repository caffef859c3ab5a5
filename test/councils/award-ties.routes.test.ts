import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, awardHonourees, awardNominations, awardTieDecisions } from '../../src/db/schema/index.js';
import { newOrganisation } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { councilsWorld, transferIn, type CouncilsWorld } from './councils-world.js';

let ctx: TestContext;
let w: CouncilsWorld;
let first: string;
let second: string;

// Two nominations the ministry's seven scorers score alike: one tie, straddling tiers 1 and 2.
beforeAll(async () => {
  ctx = await createTestApp();
  w = await councilsWorld(ctx);
  const other = await newOrganisation(ctx.database.db, { provinceCode: '40', nameVi: 'Công ty Dệt may Cửa Lò' });
  await transferIn(ctx.database.db, other.id, w.institute.id, '2017-09-01');
  first = (await w.dostStaff.client.post(`/api/award-rounds/${w.roundId}/nominations`, { enterpriseId: w.enterprise.id })).json().id;
  second = (await w.dostStaff.client.post(`/api/award-rounds/${w.roundId}/nominations`, { enterpriseId: other.id })).json().id;
  // The provincial councils' step has its own test (councils.routes): here both come with a provincial score.
  await ctx.database.db
    .update(awardNominations)
    .set({ provincialScore: 80 })
    .where(inArray(awardNominations.id, [first, second]));
  const created = await w.agency.client.post('/api/councils', {
    kind: 'award-ministry',
    name: 'Hội đồng cấp Bộ 2019',
    convenerOrganisationId: w.agencyOrg.id,
    members: [
      ...[0, 1, 2, 3, 4, 5, 6].map((i, j) => ({ expertId: w.experts[i].expert.id, role: j === 0 ? 'chair' : j === 1 ? 'vice-chair' : 'member' })),
      { userId: w.ministrySecretary.user.id, role: 'secretary' },
    ],
  });
  expect(created.statusCode).toBe(201);
  const id = created.json().id;
  expect((await w.agency.client.post(`/api/councils/${id}/dossiers`, { dossierKind: 'award-nomination', dossierIds: [first, second] })).statusCode).toBe(201);
  for (const d of (await w.agency.client.get(`/api/councils/${id}`)).json().dossiers.map((x: { id: string }) => x.id)) {
    for (const i of [0, 1, 2, 3, 4, 5, 6]) {
      const c = w.experts[i].client;
      expect((await c.post(`/api/council-dossiers/${d}/declaration`, { conflict: false })).statusCode).toBe(200);
      expect((await c.post(`/api/council-dossiers/${d}/sheet/submit`, { scores: { innovation: 30 + i, results: 28, impact: 20 } })).statusCode).toBe(200);
    }
    expect((await w.ministrySecretary.client.post(`/api/council-dossiers/${d}/consolidate`, { comments: {} })).statusCode).toBe(200);
  }
});
afterAll(async () => ctx?.close());

describe('a tie at a tier boundary, decided by the ministry council’s chair or secretary', () => {
  it('shows the undecided tie to the agency, refuses publishing it, and lets only the chair and secretary decide', async () => {
    const ranking = (await w.agency.client.get(`/api/award-rounds/${w.roundId}/ranking`)).json();
    expect(ranking.complete).toBe(false);
    expect(ranking.canBreakTies).toBe(false);
    expect(ranking.ties).toEqual([{ boundaries: ['tier-1/2'], score: 81, nominationIds: expect.arrayContaining([first, second]), decision: null }]);
    expect((await w.agency.client.post(`/api/award-rounds/${w.roundId}/ranking`)).json().error.details.reason).toBe('ties_undecided');

    // A member of the council reads neither the ranking nor decides; the round page says so.
    expect((await w.experts[3].client.get(`/api/award-rounds/${w.roundId}`)).json().canReadRanking).toBe(false);
    expect((await w.experts[3].client.post(`/api/award-rounds/${w.roundId}/ties`, { nominationIds: [second, first] })).statusCode).toBe(403);
    expect((await w.agency.client.post(`/api/award-rounds/${w.roundId}/ties`, { nominationIds: [second, first] })).statusCode).toBe(403);

    const secretary = w.ministrySecretary.client;
    expect((await secretary.get(`/api/award-rounds/${w.roundId}`)).json().canReadRanking).toBe(true);
    expect((await secretary.get(`/api/award-rounds/${w.roundId}/ranking`)).json().canBreakTies).toBe(true);
    expect((await w.experts[0].client.get(`/api/award-rounds/${w.roundId}/ranking`)).json().canBreakTies).toBe(true);
  });

  it('refuses an order that is not the tie, naming the field, and writes nothing', async () => {
    const secretary = w.ministrySecretary.client;
    const repeated = await secretary.post(`/api/award-rounds/${w.roundId}/ties`, { nominationIds: [first, first] });
    expect(repeated.statusCode).toBe(400);
    expect(repeated.json().error.details.fields[0]).toMatchObject({ path: 'nominationIds', message: 'These nominations do not form a tie at a boundary.' });
    expect((await secretary.post(`/api/award-rounds/${w.roundId}/ties`, { nominationIds: [first] })).statusCode).toBe(400);
    expect(await ctx.database.db.select().from(awardTieDecisions)).toEqual([]);
  });

  it('records the secretary’s order with who decided, audits it, refuses deciding again, and publishes by that order', async () => {
    const secretary = w.ministrySecretary.client;
    // Sent twice at once (a double click): one decision is recorded, the other refused by field.
    const body = { nominationIds: [second, first], note: 'Tỷ trọng xuất khẩu cao hơn' };
    const answers = await Promise.all([
      secretary.post(`/api/award-rounds/${w.roundId}/ties`, body),
      secretary.post(`/api/award-rounds/${w.roundId}/ties`, body),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 400]);
    expect(answers.find((a) => a.statusCode === 400)?.json().error.details.fields[0]).toMatchObject({ path: 'nominationIds', code: 'tie_already_decided' });
    expect(await ctx.database.db.select().from(awardTieDecisions)).toHaveLength(1);
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'award.tie-break'), eq(auditLog.entityId, w.roundId)));
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(w.ministrySecretary.user.id);
    const again = await w.experts[0].client.post(`/api/award-rounds/${w.roundId}/ties`, { nominationIds: [first, second] });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.details.fields[0].path).toBe('nominationIds');

    const ranking = (await secretary.get(`/api/award-rounds/${w.roundId}/ranking`)).json();
    expect(ranking.complete).toBe(true);
    expect(ranking.ties[0].decision).toMatchObject({ decidedBy: w.ministrySecretary.user.id, note: 'Tỷ trọng xuất khẩu cao hơn' });
    expect(ranking.ranked.map((r: { nominationId: string; tier: number }) => [r.nominationId, r.tier])).toEqual([
      [second, 1],
      [first, 2],
    ]);
    const published = await w.agency.client.post(`/api/award-rounds/${w.roundId}/ranking`);
    expect(published.statusCode).toBe(200);
    expect((await secretary.get(`/api/award-rounds/${w.roundId}/ranking`)).json().canBreakTies).toBe(false);

    // Publishing again would issue new certificate codes and void the printed QR codes: refused, the codes stay.
    const codes = async () => (await ctx.database.db.select().from(awardHonourees)).map((h) => h.certificateCode).sort();
    const issued = await codes();
    expect(issued).toHaveLength(2);
    const republished = await w.agency.client.post(`/api/award-rounds/${w.roundId}/ranking`);
    expect(republished.statusCode).toBe(409);
    expect(republished.json().error.details.reason).toBe('round_ranked');
    expect(await codes()).toEqual(issued);
  });
});
