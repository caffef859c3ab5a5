import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, councilRules } from '../../src/db/schema/index.js';
import { defaultCompositionRules } from '../../src/domain/programmes/council-rules.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { councilsWorld, type CouncilsWorld } from './councils-world.js';

let ctx: TestContext;
let w: CouncilsWorld;
let councilOfFiveId: string;

const path = '/api/council-composition-rules/identification';
/** The identification rule with councils of five allowed beside seven and nine. */
const fiveSevenNine = { ...defaultCompositionRules.identification, scorerCounts: [9, 5, 7] };
const fieldsOf = (body: { error: { details: { fields: Array<{ path: string; code: string; message: string }> } } }) => body.error.details.fields;

/** An identification council of the agency: five experts scoring and a staff secretary. */
const councilOfFive = () => ({
  kind: 'identification',
  name: 'Hội đồng xác định nhiệm vụ 2027',
  convenerOrganisationId: w.agencyOrg.id,
  members: [
    ...[0, 1, 2, 3, 4].map((i, j) => ({ expertId: w.experts[i].expert.id, role: j === 0 ? 'chair' : j === 1 ? 'vice-chair' : 'member' })),
    { userId: w.ministrySecretary.user.id, role: 'secretary' },
  ],
});

beforeAll(async () => {
  ctx = await createTestApp();
  w = await councilsWorld(ctx);
});
afterAll(async () => ctx?.close());

describe('each kind’s composition rule, as the agency sets it', () => {
  it('asks for a session, and is the agency’s alone: a department’s staff and an expert get 403 and the options say so', async () => {
    expect((await new TestClient(ctx.app, 'en').put(path, fiveSevenNine)).statusCode).toBe(401);
    for (const other of [w.dostStaff, w.experts[0]]) {
      const res = await other.client.put(path, fiveSevenNine);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.details.reason).toBe('not_agency_staff');
      expect((await other.client.delete(path)).statusCode).toBe(403);
    }
    expect((await w.dostStaff.client.get('/api/councils/options')).json().canEditKindRules).toBe(false);
    expect((await w.agency.client.get('/api/councils/options')).json().canEditKindRules).toBe(true);
    expect(await ctx.database.db.select().from(councilRules)).toEqual([]);
  });

  it('names each impossible part with a 400 and writes nothing', async () => {
    const rule = defaultCompositionRules.identification;
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['scorerCounts', { ...rule, scorerCounts: [] }, 'too_small'],
      ['scorerCounts.0', { ...rule, scorerCounts: [0] }, 'too_small'],
      ['scorerCounts', { ...rule, scorerCounts: [1] }, 'roles_exceed_scorers'],
      ['viceChairs.min', { ...rule, viceChairs: { min: 2, max: 1 } }, 'range_inverted'],
      ['minExternal', { ...rule, minExternal: 10 }, 'external_exceed_scorers'],
      ['quorum.minScorers', { ...rule, quorum: { ...rule.quorum, minScorers: 10 } }, 'quorum_unreachable'],
      ['quorum.share', { ...rule, quorum: { ...rule.quorum, share: 1.5 } }, 'too_big'],
      ['minExternal', { ...rule, minExternal: 2.5 }, 'invalid_type'],
    ];
    for (const [field, body, code] of cases) {
      const res = await w.agency.client.put(path, body);
      expect(res.statusCode, field).toBe(400);
      const named = fieldsOf(res.json()).find((f) => f.path === field);
      expect(named, `${field} in ${res.body}`).toBeDefined();
      if (!['too_small', 'too_big', 'invalid_type'].includes(code)) expect(named!.code, field).toBe(code);
      expect(named!.message, field).not.toMatch(/^[a-z_]+$/);
    }
    expect((await w.agency.client.put('/api/council-composition-rules/jury', fiveSevenNine)).statusCode).toBe(400);
    expect(await ctx.database.db.select().from(councilRules)).toEqual([]);
  });

  it('a council of five breaks the default identification rule; once the agency allows five, the same council is formed', async () => {
    const refused = await w.agency.client.post('/api/councils', councilOfFive());
    expect(refused.statusCode).toBe(400);

    const saved = await w.agency.client.put(path, fiveSevenNine);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().scorerCounts).toEqual([5, 7, 9]);
    const options = (await w.dostStaff.client.get('/api/councils/options')).json() as { rules: Array<{ kind: string; scorerCounts: number[] }> };
    expect(options.rules.find((r) => r.kind === 'identification')!.scorerCounts).toEqual([5, 7, 9]);
    const formed = await w.agency.client.post('/api/councils', councilOfFive());
    expect(formed.statusCode).toBe(201);
    councilOfFiveId = formed.json().id;

    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'council.composition-rule.edit'), eq(auditLog.entityId, 'identification')));
    expect(entry.actorId).toBe(w.agency.user.id);
    expect((entry.before as { scorerCounts: number[] }).scorerCounts).toEqual([7, 9]);
    expect((entry.after as { scorerCounts: number[] }).scorerCounts).toEqual([5, 7, 9]);
  });

  it('resets a kind to the default of the law, with an audit entry', async () => {
    const reset = await w.agency.client.delete(path);
    expect(reset.statusCode).toBe(200);
    expect(reset.json().scorerCounts).toEqual([7, 9]);
    expect((await w.agency.client.post('/api/councils', councilOfFive())).statusCode).toBe(400);
    const entries = await ctx.database.db.select().from(auditLog).where(eq(auditLog.action, 'council.composition-rule.reset'));
    expect(entries).toHaveLength(1);
  });

  it('leaves a council formed under the earlier rule with that rule: its scorers and quorum do not move when the kind’s rule does', async () => {
    const stricter = { ...defaultCompositionRules.identification, quorum: { ...defaultCompositionRules.identification.quorum, minScorers: 6 } };
    expect((await w.agency.client.put(path, stricter)).statusCode).toBe(200);
    const council = (await w.agency.client.get(`/api/councils/${councilOfFiveId}`)).json() as {
      rule: { scorerCounts: number[]; quorum: { minScorers: number } };
    };
    expect(council.rule.scorerCounts).toEqual([5, 7, 9]);
    expect(council.rule.quorum.minScorers).toBe(fiveSevenNine.quorum.minScorers);
    expect((await w.agency.client.get('/api/councils/options')).json().rules.find((r: { kind: string }) => r.kind === 'identification').quorum.minScorers).toBe(
      6,
    );
  });
});
