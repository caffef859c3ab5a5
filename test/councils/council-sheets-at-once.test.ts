import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, councilDossiers, councilScoreSheets } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { councilsWorld, provincialCouncilBody, type CouncilsWorld } from './councils-world.js';

let ctx: TestContext;
let w: CouncilsWorld;
let councilId: string;
let dossierId: string;
let memberIds: Map<string, string>;

const scores = { innovation: 32, results: 28, impact: 20 };

// A provincial council of five with the 2017 enterprise's nomination; four of the five are assigned to it.
beforeAll(async () => {
  ctx = await createTestApp();
  w = await councilsWorld(ctx);
  const nominationId = (await w.dostStaff.client.post(`/api/award-rounds/${w.roundId}/nominations`, { enterpriseId: w.enterprise.id })).json().id;
  const created = await w.dostStaff.client.post('/api/councils', provincialCouncilBody(w));
  expect(created.statusCode).toBe(201);
  councilId = created.json().id;
  expect(
    (await w.dostStaff.client.post(`/api/councils/${councilId}/dossiers`, { dossierKind: 'award-nomination', dossierIds: [nominationId] })).statusCode,
  ).toBe(201);
  const detail = (await w.dostStaff.client.get(`/api/councils/${councilId}`)).json();
  dossierId = detail.dossiers[0].id;
  memberIds = new Map(detail.members.map((m: { id: string; userId: string }) => [m.userId, m.id]));
  const assigned = [0, 1, 2, 3].map((i) => memberIds.get(w.experts[i].user.id) as string);
  const saved = await w.dostStaff.client.put(`/api/councils/${councilId}/assignments`, { assignments: [{ councilDossierId: dossierId, memberIds: assigned }] });
  expect(saved.statusCode).toBe(200);
});
afterAll(async () => ctx?.close());

const sheetOf = async (userIndex: number) => {
  const memberId = memberIds.get(w.experts[userIndex].user.id) as string;
  const [row] = await ctx.database.db
    .select()
    .from(councilScoreSheets)
    .where(and(eq(councilScoreSheets.councilDossierId, dossierId), eq(councilScoreSheets.memberId, memberId)));
  return row;
};

describe('a council member not assigned to a dossier', () => {
  it('neither sees it in the council nor opens, declares on or scores it', async () => {
    const unassigned = w.experts[4].client;
    expect((await unassigned.get(`/api/councils/${councilId}`)).json().dossiers).toEqual([]);
    const open = await unassigned.get(`/api/council-dossiers/${dossierId}`);
    expect(open.statusCode).toBe(403);
    expect(open.json().error.details.reason).toBe('not_assigned');
    expect((await unassigned.post(`/api/council-dossiers/${dossierId}/declaration`, { conflict: false })).statusCode).toBe(403);
    expect((await unassigned.put(`/api/council-dossiers/${dossierId}/sheet`, { scores })).statusCode).toBe(403);
    expect((await unassigned.get(`/api/councils/${councilId}/minutes`)).json().dossiers).toEqual([]);
    expect(await sheetOf(4)).toBeUndefined();
  });
});

describe('writes that arrive at the same moment', () => {
  it('autosaves never reopen the sheet submitted with them nor change its scores', async () => {
    for (const i of [0, 1, 2, 3])
      expect((await w.experts[i].client.post(`/api/council-dossiers/${dossierId}/declaration`, { conflict: false })).statusCode).toBe(200);
    const member = w.experts[0].client;
    expect((await member.put(`/api/council-dossiers/${dossierId}/sheet`, { scores: { innovation: 1 } })).statusCode).toBe(200);
    // One submission and, at the same moment, drafts still being autosaved from another tab.
    const save = (innovation: number) => member.put(`/api/council-dossiers/${dossierId}/sheet`, { scores: { innovation } });
    const answers = await Promise.all([
      ...[2, 3, 4, 5, 6, 7].map(save),
      member.post(`/api/council-dossiers/${dossierId}/sheet/submit`, { scores }),
      ...[8, 9, 10, 11, 12, 13].map(save),
    ]);
    expect(answers[6].statusCode).toBe(200);
    for (const late of answers.filter((a) => a.statusCode !== 200)) {
      expect(late.statusCode).toBe(400);
      expect(late.json().error.details.fields[0]).toMatchObject({ path: 'scores', code: 'score_locked' });
    }
    const sheet = await sheetOf(0);
    expect(sheet.submittedAt).not.toBeNull();
    expect(sheet.scores).toEqual(scores);
  });

  it('make one consolidation when the secretary sends it twice at once', async () => {
    for (const i of [1, 2]) {
      expect(
        (await w.experts[i].client.post(`/api/council-dossiers/${dossierId}/sheet/submit`, { scores: { innovation: 30 + i, results: 27, impact: 21 } }))
          .statusCode,
      ).toBe(200);
    }
    const last = w.experts[3].client;
    expect((await last.post(`/api/council-dossiers/${dossierId}/sheet/submit`, { scores: { innovation: 31, results: 29, impact: 22 } })).statusCode).toBe(200);
    const answers = await Promise.all([
      w.secretary.client.post(`/api/council-dossiers/${dossierId}/consolidate`, { comments: {} }),
      w.secretary.client.post(`/api/council-dossiers/${dossierId}/consolidate`, { comments: {} }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const [row] = await ctx.database.db.select().from(councilDossiers).where(eq(councilDossiers.id, dossierId));
    expect(row.consolidatedAt).not.toBeNull();
    const audited = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'council.consolidate'), eq(auditLog.entityId, dossierId)));
    expect(audited).toHaveLength(1);
  });
});
