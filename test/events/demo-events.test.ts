import { sql } from 'drizzle-orm';
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

describe('demo events', () => {
  it('holds Techdemo 2019 (Gia Lai) and Techconnect 2023 (Quảng Ninh) as full past events, and a coming Techmart', async () => {
    const anonymous = new TestClient(ctx.app);
    const past = (await anonymous.get('/api/events?when=past')).json().items;
    const techdemo = past.find((e: { kind: string }) => e.kind === 'techdemo');
    const techconnect = past.find((e: { kind: string }) => e.kind === 'techconnect');
    expect(techdemo).toMatchObject({ startsOn: '2019-11-24', legacyProvinceCode: '64', nameEn: expect.stringContaining('Techdemo') });
    expect(techconnect).toMatchObject({ startsOn: '2023-10-05', provinceCode: '22' });
    expect(techdemo.organisers).toHaveLength(2);
    const page = (await anonymous.get(`/api/events/${techdemo.id}`)).json();
    expect(page.activities.map((a: { kind: string }) => a.kind)).toEqual(['exhibition', 'demonstration', 'forum', 'b2b', 'mou-signing']);
    const coming = (await anonymous.get('/api/events?when=coming')).json().items;
    expect(coming.map((e: { kind: string }) => e.kind)).toContain('techmart');

    const gialai = await new TestClient(ctx.app).signIn('diemketnoi.gialai@techbridge.local', DEMO_PASSWORD);
    expect((await gialai.get(`/api/events/${techdemo.id}`)).json().canManage).toBe(true);
    expect((await gialai.get(`/api/events/${techconnect.id}`)).json().canManage).toBe(false);

    // The demo enterprise is an approved seeker at the coming Techmart and finds the institute to meet.
    const techmart = coming.find((e: { kind: string }) => e.kind === 'techmart');
    const enterprise = await new TestClient(ctx.app).signIn('doanhnghiep@techbridge.local', DEMO_PASSWORD);
    const page2 = (await enterprise.get(`/api/events/${techmart.id}`)).json();
    expect(page2.myRegistration).toMatchObject({ role: 'seeker', status: 'approved' });
    expect(page2.sessions[0].slots).toHaveLength(6);
    const others = (await enterprise.get(`/api/events/${techmart.id}/participants`)).json().items;
    expect(others).toEqual([expect.objectContaining({ role: 'supplier' })]);
  });

  it('counts Techconnect 2023’s figures live from its records: 200 demands and 175 offers collected, 460 technologies shown', async () => {
    const past = (await new TestClient(ctx.app).get('/api/events?when=past')).json().items;
    const techconnect = past.find((e: { kind: string }) => e.kind === 'techconnect');
    const staff = await new TestClient(ctx.app).signIn('canbo.cuc@techbridge.local', DEMO_PASSWORD);
    const response = await staff.get(`/api/events/${techconnect.id}/dashboard`);
    expect(response.statusCode).toBe(200);
    const dashboard = response.json();
    expect(dashboard.collected).toEqual({ demands: 200, offers: 175 });
    expect(dashboard.technologiesShown).toBe(460);
    expect(dashboard.booths).toBe(2);
    expect(dashboard.mous.count).toBe(6);

    // The offers taken into the supply database are published and findable; each shown offer is one catalogue record.
    const offersShown = await ctx.database.db.execute(sql`
      select o.status, o.title, (c.record_id is not null) as collected, extract(year from o.published_at)::int as year
      from event_exhibits x join event_registrations r on r.id = x.registration_id join offers o on o.id = x.offer_id
      left join event_collected_records c on c.record_id = o.id and c.event_id = r.event_id
      where r.event_id = ${techconnect.id}`);
    const rows = (offersShown as unknown as { rows: unknown[] }).rows as { status: string; title: string; collected: boolean; year: number }[];
    expect(rows).toHaveLength(460);
    expect(rows.every((r) => r.status === 'published')).toBe(true);
    expect(rows.filter((r) => r.collected)).toHaveLength(175);
    expect(rows.filter((r) => r.collected).every((r) => r.year === 2023)).toBe(true);
    expect(rows.every((r) => r.title === r.title.normalize('NFC'))).toBe(true);
    const found = (await new TestClient(ctx.app).get('/api/offers?q=sa%20sung')).json().items;
    expect(found.length).toBeGreaterThan(0);
  });
});
