import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, councils } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { councilsWorld, provincialCouncilBody, type CouncilsWorld } from './councils-world.js';

let ctx: TestContext;
let w: CouncilsWorld;
let councilId: string;
let dossierId: string;

/** Two criteria on a 10-point scale: 6 × 1 + 2 × 2 = 10. */
const rules = {
  criteria: [
    { key: 'innovation', label: 'Mức độ đổi mới', labelEn: 'Innovation', maxPoints: 6, weight: 1, minPoints: 3 },
    { key: 'spread', label: 'Khả năng lan tỏa', labelEn: 'Spread', maxPoints: 2, weight: 2, minPoints: null },
  ],
  scale: 10,
  passTotal: 7,
  minSheets: 4,
  tieBreak: 'innovation',
};
const path = () => `/api/councils/${councilId}/rules`;
const fieldsOf = (body: { error: { details: { fields: Array<{ path: string; code: string; message: string }> } } }) => body.error.details.fields;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await councilsWorld(ctx);
  const nominated = await w.dostStaff.client.post(`/api/award-rounds/${w.roundId}/nominations`, { enterpriseId: w.enterprise.id });
  expect(nominated.statusCode).toBe(201);
  const created = await w.dostStaff.client.post('/api/councils', provincialCouncilBody(w));
  expect(created.statusCode).toBe(201);
  councilId = created.json().id;
  const added = await w.dostStaff.client.post(`/api/councils/${councilId}/dossiers`, { dossierKind: 'award-nomination', dossierIds: [nominated.json().id] });
  expect(added.statusCode).toBe(201);
  dossierId = (await w.dostStaff.client.get(`/api/councils/${councilId}`)).json().dossiers[0].id;
});
afterAll(async () => ctx?.close());

describe('PUT /api/councils/:id/rules', () => {
  it('asks for a session', async () => {
    expect((await new TestClient(ctx.app, 'en').put(path(), rules)).statusCode).toBe(401);
  });

  it('names each field at fault with a 400, and writes nothing', async () => {
    const before = (await ctx.database.db.select().from(councils).where(eq(councils.id, councilId)))[0];
    const cases: Array<[string, Record<string, unknown>, string, string?]> = [
      ['criteria', { ...rules, scale: 12 }, 'weights_do_not_sum'],
      ['criteria.1.labelEn', { ...rules, criteria: [rules.criteria[0], { ...rules.criteria[1], labelEn: '  ' }] }, 'too_small'],
      ['criteria.0.maxPoints', { ...rules, criteria: [{ ...rules.criteria[0], maxPoints: -6 }, rules.criteria[1]] }, 'too_small'],
      ['criteria.0.minPoints', { ...rules, criteria: [{ ...rules.criteria[0], minPoints: 7 }, rules.criteria[1]] }, 'above_maximum'],
      ['criteria.1.key', { ...rules, criteria: [rules.criteria[0], { ...rules.criteria[1], key: 'innovation' }], tieBreak: null }, 'duplicate_key'],
      ['passTotal', { ...rules, passTotal: 11 }, 'above_maximum'],
      ['tieBreak', { ...rules, tieBreak: 'beauty' }, 'unknown_criterion'],
      ['minSheets', { ...rules, minSheets: 3 }, 'below_kind_minimum'],
      ['minSheets', { ...rules, minSheets: 6 }, 'above_scorers'],
      ['minSheets', { ...rules, minSheets: 4.5 }, 'invalid_type'],
      ['scale', { ...rules, scale: 0 }, 'too_small'],
    ];
    for (const [field, body, code] of cases) {
      const res = await w.dostStaff.client.put(path(), body);
      expect(res.statusCode, field).toBe(400);
      const fields = fieldsOf(res.json());
      expect(fields, field).toEqual(expect.arrayContaining([expect.objectContaining({ path: field })]));
      const named = fields.find((f) => f.path === field)!;
      if (!['too_small', 'invalid_type'].includes(code)) expect(named.code, field).toBe(code);
      expect(named.message, field).not.toBe('');
    }
    const after = (await ctx.database.db.select().from(councils).where(eq(councils.id, councilId)))[0];
    expect(after.form).toEqual(before.form);
    expect(after.minSheets).toBe(before.minSheets);
  });

  it('is refused to a member of the council (403) and to anyone else (404)', async () => {
    const member = await w.experts[0].client.put(path(), rules);
    expect(member.statusCode).toBe(403);
    expect(member.json().error.details.reason).toBe('not_council_convener');
    expect((await w.experts[1].client.get(`/api/councils/${councilId}`)).json().canEditRules).toBe(false);
    expect((await w.stranger.client.put(path(), rules)).statusCode).toBe(404);
    expect((await w.otherDostStaff.client.put(path(), rules)).statusCode).toBe(404);
    expect((await w.dostStaff.client.put(`/api/councils/${crypto.randomUUID()}/rules`, rules)).statusCode).toBe(404);
  });

  it('lets the convener’s staff edit the rules, in both languages, with an audit entry', async () => {
    expect((await w.dostStaff.client.get(`/api/councils/${councilId}`)).json()).toMatchObject({ canEditRules: true, scoringStarted: false });
    const res = await w.dostStaff.client.put(path(), rules);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ minSheets: 4, tieBreak: 'innovation', form: { passTotal: 7 } });
    const detail = (await w.dostStaff.client.get(`/api/councils/${councilId}`)).json();
    expect(detail.form.criteria).toEqual([
      { key: 'innovation', label: 'Mức độ đổi mới', labelEn: 'Innovation', maxPoints: 6, weight: 1, minPoints: 3 },
      { key: 'spread', label: 'Khả năng lan tỏa', labelEn: 'Spread', maxPoints: 2, weight: 2, minPoints: null },
    ]);
    expect(detail).toMatchObject({ minSheets: 4, tieBreak: 'innovation' });
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, councilId), eq(auditLog.action, 'council.rules.edit')));
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ minSheets: 4, scale: 10 });
    expect((audit[0].before as { form: { criteria: Array<{ key: string }> } }).form.criteria.map((c) => c.key)).toEqual(['innovation', 'results', 'impact']);
  });

  it('refuses any edit once a member has written a score, with a clear code', async () => {
    const member = w.experts[0].client;
    expect((await member.post(`/api/council-dossiers/${dossierId}/declaration`, { conflict: false })).statusCode).toBe(200);
    // The member scores against the edited form.
    expect((await member.put(`/api/council-dossiers/${dossierId}/sheet`, { scores: { innovation: 5 } })).statusCode).toBe(200);
    const late = await w.dostStaff.client.put(path(), { ...rules, passTotal: 6 });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'INVALID_TRANSITION', details: { reason: 'scoring_started' } });
    expect((await w.dostStaff.client.get(`/api/councils/${councilId}`)).json()).toMatchObject({
      canEditRules: false,
      scoringStarted: true,
      form: { passTotal: 7 },
    });
  });
});
