import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo/data/people.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { demoSettings } from '../support/test-config.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp(demoSettings);
});
afterAll(async () => ctx?.close());

describe('demo award', () => {
  it('holds a 2016–2018 round with nominations from the demo pipeline, and a provincial council whose members can declare and score', async () => {
    const anonymous = new TestClient(ctx.app);
    const rounds = (await anonymous.get('/api/award-rounds')).json().items;
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ fromYear: 2016, toYear: 2018, maxHonourees: 100 });
    expect(rounds[0].nominations).toBeGreaterThan(0);

    const agency = await new TestClient(ctx.app).signIn('canbo.cuc@techbridge.local', DEMO_PASSWORD);
    const round = (await agency.get(`/api/award-rounds/${rounds[0].id}`)).json();
    for (const n of round.nominations) {
      expect(n.evidence.length).toBeGreaterThan(0);
      expect(n.evidence.every((e: { date: string }) => e.date >= '2016-01-01' && e.date <= '2018-12-31')).toBe(true);
    }

    const chair = await new TestClient(ctx.app).signIn('chuyengia.duc@techbridge.local', DEMO_PASSWORD);
    const councils = (await chair.get('/api/councils')).json().items;
    expect(councils).toHaveLength(1);
    expect(councils[0]).toMatchObject({ kind: 'award-provincial', myRole: 'chair' });
    const council = (await chair.get(`/api/councils/${councils[0].id}`)).json();
    expect(council.dossiers.length).toBeGreaterThan(0);
    expect(council.dossiers[0].mine).toEqual({ declared: false, sheetSubmitted: false, mustDeclare: true });
  });
});
