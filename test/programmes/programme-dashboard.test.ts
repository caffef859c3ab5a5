import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo/data/people.js';
import { programme2019 } from '../../src/seed/demo/programmes/demo-tasks.js';
import { newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { demoSettings } from '../support/test-config.js';
import { TestClient } from '../support/test-client.js';
import { newDraft, programmesWorld, walk } from './programmes-world.js';

describe('programme dashboard on records the test builds', () => {
  let ctx: TestContext;
  let world: Awaited<ReturnType<typeof programmesWorld>>;
  beforeAll(async () => {
    ctx = await createTestApp();
    world = await programmesWorld(ctx);
  });
  afterAll(async () => ctx?.close());

  it('counts proposals, tasks, states, origins and the contracted budget by year and source', async () => {
    const province = await newOrganisation(ctx.database.db, { kind: 'dost', provinceCode: '01' });
    const dost = await signedInClient(ctx.app, ctx.database.db, { organisationId: province.id, language: 'en' });
    // An enterprise task contracted after a cut of 0.5 bn state; a province proposal declared inadmissible; a draft.
    const contracted = await newDraft(world);
    await walk(world.proposer.client, contracted.id, [{ action: 'submit' }]);
    await walk(world.agency.client, contracted.id, [
      { action: 'declare-admissible' },
      { action: 'send-to-council' },
      { action: 'identify' },
      { action: 'assign-directly', leadOrganisationId: world.enterprise.id, reason: 'Giao trực tiếp' },
      { action: 'start-appraisal' },
    ]);
    const line = (await world.agency.client.get(`/api/programme-tasks/${contracted.id}`)).json().budget.lines[0];
    await world.agency.client.post(`/api/programme-tasks/${contracted.id}/appraisal`, {
      lines: [{ lineId: line.id, amountVnd: line.proposedVnd - 500_000_000 }],
    });
    await walk(world.agency.client, contracted.id, [{ action: 'approve-appraisal' }, { action: 'sign-contract' }]);
    const created = await dost.client.post('/api/programme-tasks', {
      callId: world.callId,
      proposerOrganisationId: province.id,
      origin: 'province',
      title: 'Nhân giống lúa chất lượng cao',
      objectives: 'Giống lúa mới',
      technology: 'Nuôi cấy mô',
      products: 'Giống',
      sectorCode: 'A',
      provinceCode: '01',
      startOn: '2027-01-01',
      months: 12,
      lines: [{ year: 2027, source: 'state', item: 'Thí nghiệm', amountVnd: 900_000_000 }],
    });
    await walk(dost.client, created.json().id, [{ action: 'submit' }]);
    await walk(world.agency.client, created.json().id, [{ action: 'declare-inadmissible', reason: 'Không thuộc đối tượng' }]);
    await newDraft(world);

    const figures = (await world.agency.client.get('/api/programme-dashboard')).json();
    expect([figures.proposals, figures.tasks]).toEqual([2, 1]);
    expect(figures.byStatus).toMatchObject({ 'in-progress': 1, inadmissible: 1, draft: 0 });
    expect(figures.byOrigin).toEqual([
      { origin: 'ministry', proposals: 0, tasks: 0 },
      { origin: 'province', proposals: 1, tasks: 0 },
      { origin: 'enterprise', proposals: 1, tasks: 1 },
      { origin: 'agency-unit', proposals: 0, tasks: 0 },
    ]);
    expect(figures.bySector).toEqual([
      { code: 'C', proposals: 1, tasks: 1 },
      { code: 'A', proposals: 1, tasks: 0 },
    ]);
    expect(figures.budget.byYear).toEqual([
      { year: 2027, state: 1_500_000_000, counterpart: 5_000_000_000, other: 0, total: 6_500_000_000 },
      { year: 2028, state: 1_000_000_000, counterpart: 3_000_000_000, other: 0, total: 4_000_000_000 },
    ]);
    expect(figures.budget.stateShare).toBeCloseTo(2.5 / 10.5);
    expect(figures.enterpriseShareOfState).toBe(1);
    const year = new Date().getUTCFullYear();
    expect(figures.year).toMatchObject({
      year,
      submitted: 2,
      toCouncil: 1,
      contracted: 1,
      appraised: { count: 1, totalVnd: 10_500_000_000, stateVnd: 2_500_000_000 },
    });
    expect(figures.reports).toEqual({ dueSoon: 0, overdue: 0, tasksWithOverdue: 0 });
  });
});

describe('demo programme', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(demoSettings);
  });
  afterAll(async () => ctx?.close());

  it('reproduces the 2019 figures from the demo task records', async () => {
    const agency = await new TestClient(ctx.app).signIn('canbo.cuc@techbridge.local', DEMO_PASSWORD);
    const figures = (await agency.get('/api/programme-dashboard?year=2019')).json();
    expect(figures.proposals).toBe(programme2019.proposals);
    expect(figures.tasks).toBe(programme2019.tasks);
    expect(figures.budget.bySource).toMatchObject({ total: programme2019.totalVnd, state: programme2019.stateVnd });
    expect(Math.round(figures.enterpriseShareOfState * 100) / 100).toBe(programme2019.enterpriseShareOfState);
    expect(figures.year.toCouncil).toBe(programme2019.toCouncil);
    expect(figures.year.appraised.enterpriseLed).toEqual(programme2019.appraisedEnterpriseLed);
    expect([figures.year.inspected, figures.year.accepted]).toEqual([programme2019.inspected, programme2019.accepted]);
    const results = (await new TestClient(ctx.app).get('/api/programme-results')).json().items;
    expect(results.length).toBeGreaterThan(0);
  });
});
