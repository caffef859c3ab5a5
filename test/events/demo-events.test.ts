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
});
