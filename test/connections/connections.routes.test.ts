import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreements, auditLog, connections, notifications } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { newDemand } from '../support/factories.js';
import { connectionsWorld } from './connections-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof connectionsWorld>>;
beforeAll(async () => {
  ctx = await createTestApp();
  world = await connectionsWorld(ctx);
});
afterAll(async () => ctx?.close());

async function open() {
  const response = await world.seeker.client.post('/api/connections', {
    demandId: world.demand.id,
    offerId: world.offer.id,
    origin: 'match',
    message: 'Chúng tôi quan tâm',
  });
  expect(response.statusCode).toBe(201);
  return response.json();
}

describe('connections from request to technology transferred', () => {
  it('goes from a match to transferred: supplier accepts, broker records meeting, MoU and contract', async () => {
    const created = await open();
    expect(created).toMatchObject({
      stage: 'proposed',
      channel: 'connection-point',
      seeker: { organisationId: world.enterprise.id },
      supplier: { organisationId: world.institute.id },
    });
    expect(created.abilities.canRespond).toBe(false);

    const asSupplier = (await world.supplier.client.get(`/api/connections/${created.id}`)).json();
    expect(asSupplier.abilities.canRespond).toBe(true);
    const accepted = await world.supplier.client.post(`/api/connections/${created.id}/stage`, { stage: 'accepted', version: asSupplier.version });
    expect(accepted.json().stage).toBe('accepted');

    const met = await world.broker.client.post(`/api/connections/${created.id}/stage`, {
      stage: 'meeting',
      note: 'Gặp tại Vinh',
      occurredOn: '2026-11-01',
      version: accepted.json().version,
    });
    expect(met.statusCode).toBe(200);

    const mou = await world.broker.client.post(`/api/connections/${created.id}/agreements`, {
      kind: 'mou',
      title: 'Biên bản ghi nhớ hợp tác',
      valueVnd: 2_000_000_000,
      signedOn: '2026-11-10',
      parties: [
        { name: 'Công ty Nước mắm Cửa Hội', role: 'transferee' },
        { name: 'Viện Công nghệ Thực phẩm', role: 'transferor' },
      ],
    });
    expect(mou.statusCode).toBe(201);
    expect(mou.json().stage).toBe('mou');

    const contract = await world.broker.client.post(`/api/connections/${created.id}/agreements`, {
      kind: 'transfer-contract',
      title: 'Hợp đồng chuyển giao quy trình',
      valueVnd: 1_500_000_000,
      signedOn: '2026-11-15',
      transferRight: 'right-to-use',
      checklist: ['1', '2'],
    });
    expect(contract.json().stage).toBe('contract');
    expect(contract.json().agreements[1].missingContents.length).toBeGreaterThan(0);

    const done = await world.broker.client.post(`/api/connections/${created.id}/stage`, { stage: 'transferred', version: contract.json().version });
    expect(done.json().stage).toBe('transferred');
    expect(done.json().history.map((h: { toStage: string }) => h.toStage)).toEqual(['proposed', 'accepted', 'meeting', 'mou', 'contract', 'transferred']);

    const stored = await ctx.database.db.select().from(agreements).where(eq(agreements.connectionId, created.id));
    expect(stored.map((a) => a.valueVnd)).toEqual([2_000_000_000, 1_500_000_000]);
    const audits = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audits.map((a) => a.action)).toContain('connection.stage.transferred');
  });

  it('notifies the supplier of a request in the app', async () => {
    const created = await open();
    const inbox = (await world.supplier.client.get('/api/notifications')).json();
    expect(inbox.items.some((n: { link: string; kind: string }) => n.kind === 'connection.requested' && n.link === `/connections/${created.id}`)).toBe(true);
    expect(inbox.unread).toBeGreaterThan(0);
  });

  it('refuses skipping and going backwards with 409, but allows declined, stalled and reopened', async () => {
    const created = await open();
    const skip = await world.broker.client.post(`/api/connections/${created.id}/stage`, { stage: 'mou', version: created.version });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error).toMatchObject({ code: 'INVALID_TRANSITION', details: { from: 'proposed', to: 'mou', reason: 'skip' } });
    const accepted = (await world.supplier.client.post(`/api/connections/${created.id}/stage`, { stage: 'accepted', version: created.version })).json();
    const back = await world.broker.client.post(`/api/connections/${created.id}/stage`, { stage: 'proposed', version: accepted.version });
    expect(back.json().error.details.reason).toBe('backwards');
    const stalled = (await world.broker.client.post(`/api/connections/${created.id}/stage`, { stage: 'stalled', version: accepted.version })).json();
    expect(stalled).toMatchObject({ stage: 'stalled', resumeStage: 'accepted' });
    const reopened = (await world.broker.client.post(`/api/connections/${created.id}/stage`, { stage: 'reopened', version: stalled.version })).json();
    expect(reopened.stage).toBe('accepted');
    const stale = await world.broker.client.post(`/api/connections/${created.id}/stage`, { stage: 'meeting', version: stalled.version });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('refuses negative or absurd values and future dates with 400 naming the field, writing nothing', async () => {
    const created = await open();
    const accepted = (await world.supplier.client.post(`/api/connections/${created.id}/stage`, { stage: 'accepted', version: created.version })).json();
    await world.broker.client.post(`/api/connections/${created.id}/stage`, { stage: 'meeting', version: accepted.version });
    for (const [body, field] of [
      [{ valueVnd: -5 }, 'valueVnd'],
      [{ valueVnd: 1e18 }, 'valueVnd'],
      [{ signedOn: '2999-01-01' }, 'signedOn'],
      [{ signedOn: 'yesterday' }, 'signedOn'],
      [{ kind: 'transfer-contract' }, 'transferRight'],
      [{ title: 'x'.repeat(301) }, 'title'],
    ] as const) {
      const response = await world.broker.client.post(`/api/connections/${created.id}/agreements`, {
        kind: 'mou',
        title: 'MoU',
        signedOn: '2026-11-01',
        ...({ valueVnd: 1000 } as object),
        ...body,
      });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details.fields[0].path).toBe(field);
    }
    expect(await ctx.database.db.select().from(agreements).where(eq(agreements.connectionId, created.id))).toHaveLength(0);
    const malformed = await world.broker.client.request('POST', `/api/connections/${created.id}/stage`, '{"stage":');
    expect(malformed.statusCode).toBe(400);
  });
});

describe('who sees a connection', () => {
  it('shows it to the parties, the broker and the agency, and to nobody else', async () => {
    const created = await open();
    for (const client of [world.seeker.client, world.supplier.client, world.broker.client, world.agency.client]) {
      expect((await client.get(`/api/connections/${created.id}`)).statusCode).toBe(200);
    }
    expect((await world.outsider.client.get(`/api/connections/${created.id}`)).statusCode).toBe(404);
    expect((await world.outsider.client.post(`/api/connections/${created.id}/messages`, { body: 'xin chào' })).statusCode).toBe(404);
    expect((await new TestClient(ctx.app).get(`/api/connections/${created.id}`)).statusCode).toBe(401);
    const outsiderList = (await world.outsider.client.get('/api/connections')).json();
    expect(outsiderList.items.find((c: { id: string }) => c.id === created.id)).toBeUndefined();
  });

  it('opens the demand’s confidential details to the parties and the broker, not to an outsider or an unanswered supplier', async () => {
    const demand = await newDemand(ctx.database.db, {
      ownerOrganisationId: world.enterprise.id,
      provinceCode: '40',
      confidentialDetails: { problem: 'Hao hụt 12%' },
    });
    const confidentialOf = async (client: TestClient) => (await client.get(`/api/demands/${demand.id}`)).json().confidentialDetails;
    expect(await confidentialOf(world.supplier.client)).toBeUndefined();

    const offered = await world.supplier.client.post('/api/connections', {
      demandId: demand.id,
      offerId: world.offer.id,
      origin: 'match',
      message: 'Chúng tôi quan tâm tới công nghệ này.',
    });
    expect(offered.statusCode).toBe(201);
    expect(await confidentialOf(world.supplier.client)).toBeUndefined();

    const asSeeker = (await world.seeker.client.get(`/api/connections/${offered.json().id}`)).json();
    await world.seeker.client.post(`/api/connections/${asSeeker.id}/stage`, { stage: 'accepted', version: asSeeker.version });
    for (const client of [world.supplier.client, world.broker.client, world.agency.client, world.seeker.client]) {
      expect(await confidentialOf(client)).toEqual({ problem: 'Hao hụt 12%' });
    }
    expect(await confidentialOf(world.outsider.client)).toBeUndefined();
  });

  it('lets an outsider not open a connection between others', async () => {
    const response = await world.outsider.client.post('/api/connections', {
      demandId: world.demand.id,
      offerId: world.offer.id,
      origin: 'match',
      message: 'Chúng tôi quan tâm tới công nghệ này.',
    });
    expect(response.statusCode).toBe(403);
  });

  it("keeps the note written when connecting from a match as the connection's first message, for the other side", async () => {
    const created = await open();
    const seen = (await world.supplier.client.get(`/api/connections/${created.id}`)).json();
    expect(seen.messages[0]).toMatchObject({ body: 'Chúng tôi quan tâm' });
  });

  it('titles every connection by what it links, demand ↔ offer, in its page and in the list', async () => {
    const created = await open();
    const expected = `${world.demand.title} ↔ ${world.offer.title}`;
    expect(created.title).toBe(expected);
    const list = (await world.supplier.client.get('/api/connections?limit=50')).json();
    expect(list.items.find((c: { id: string }) => c.id === created.id)).toMatchObject({ title: expected });
  });

  it('makes the staff member who first acts on an unbrokered connection its broker, audited, and keeps them', async () => {
    const created = await open();
    expect(created.broker).toBeNull();
    const asParty = (await world.supplier.client.post(`/api/connections/${created.id}/messages`, { body: 'Xin chào' })).json();
    expect(asParty.broker).toBeNull();
    const asStaff = await world.broker.client.post(`/api/connections/${created.id}/messages`, { body: 'Điểm kết nối sẽ hỗ trợ.' });
    expect(asStaff.json().broker).toMatchObject({ id: world.broker.user.id });
    const audit = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit.find((a) => a.action === 'connection.broker')).toMatchObject({ after: { brokerId: world.broker.user.id } });
    const later = await world.agency.client.post(`/api/connections/${created.id}/messages`, { body: 'Cục theo dõi.' });
    expect(later.json().broker).toMatchObject({ id: world.broker.user.id });
  });

  it('shares messages between the parties and the broker', async () => {
    const created = await open();
    await world.supplier.client.post(`/api/connections/${created.id}/messages`, { body: 'Chúng tôi có thể gặp tuần sau.' });
    const thread = (await world.broker.client.get(`/api/connections/${created.id}`)).json();
    expect(thread.messages.map((m: { body: string }) => m.body)).toContain('Chúng tôi có thể gặp tuần sau.');
    const rows = await ctx.database.db.select().from(notifications).where(eq(notifications.kind, 'connection.message'));
    expect(rows.length).toBeGreaterThan(0);
    expect((await ctx.database.db.select().from(connections)).length).toBeGreaterThan(0);
  });
});

describe('stalled connections', () => {
  it('marks an open connection without activity as stalled and reminds the broker', async () => {
    const { markStalledConnections } = await import('../../src/server/modules/connections/stalled-connections.js');
    const created = await open();
    await ctx.database.db
      .update(connections)
      .set({ lastActivityAt: new Date('2026-01-01T00:00:00Z') })
      .where(eq(connections.id, created.id));
    const marked = await markStalledConnections(ctx.database.db, new Date(), 30);
    expect(marked).toBeGreaterThanOrEqual(1);
    const after = (await world.broker.client.get(`/api/connections/${created.id}`)).json();
    expect(after).toMatchObject({ stage: 'stalled', resumeStage: 'proposed' });
    const reminders = (await world.broker.client.get('/api/notifications')).json();
    expect(reminders.items.some((n: { kind: string; link: string }) => n.kind === 'connection.stalled' && n.link === `/connections/${created.id}`)).toBe(true);
  });
});
