import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionsWorld } from '../connections/connections-world.js';
import { newDemand } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof connectionsWorld>>;
const secret = 'Chi tiết mật của doanh nghiệp';
beforeAll(async () => {
  ctx = await createTestApp();
  world = await connectionsWorld(ctx);
});
afterAll(async () => ctx?.close());

const stage = async (client: typeof world.seeker.client, id: string, body: { stage: string }) => {
  const version = (await world.broker.client.get(`/api/connections/${id}`)).json().version;
  return client.post(`/api/connections/${id}/stage`, { ...body, version });
};

describe('who may start a connection, between whom', () => {
  it('lets nobody name itself or a third party as the seeker of a demand it does not own', async () => {
    const ownerless = await newDemand(ctx.database.db, { ownerOrganisationId: null, provinceCode: '40', createdBy: world.broker.user.id });
    const body = { origin: 'match', demandId: ownerless.id, offerId: world.offer.id, message: 'Chúng tôi quan tâm tới công nghệ này.' };
    for (const [client, seeker] of [
      [world.outsider.client, world.stranger.id],
      [world.supplier.client, world.institute.id],
      [world.outsider.client, world.enterprise.id],
    ] as const) {
      const response = await client.post('/api/connections', { ...body, seekerOrganisationId: seeker });
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().error.details.reason).toBe('party_not_allowed');
    }
    expect((await world.outsider.client.get(`/api/demands/${ownerless.id}`)).body).not.toContain(secret);

    // The broker covering it names the enterprise it entered the demand for; that enterprise now reads it.
    const brokered = await world.broker.client.post('/api/connections', { ...body, origin: 'broker', seekerOrganisationId: world.enterprise.id });
    expect(brokered.statusCode, brokered.body).toBe(201);
    expect((await world.seeker.client.get(`/api/demands/${ownerless.id}`)).json().confidentialDetails).toEqual({ problem: secret });
  });

  it('lets nobody name a third party as the supplier of an offer it does not own', async () => {
    const response = await world.seeker.client.post('/api/connections', {
      origin: 'match',
      demandId: world.demand.id,
      offerId: world.offer.id,
      supplierOrganisationId: world.stranger.id,
      message: 'Chúng tôi quan tâm tới công nghệ này.',
    });
    expect(response.statusCode, response.body).toBe(403);
    expect((await world.outsider.client.get(`/api/demands/${world.demand.id}`)).body).not.toContain(secret);
  });
});

describe('reopening a declined connection', () => {
  it('is for the side that declined it and for the broker, never for the side that was declined', async () => {
    const created = await world.seeker.client.post('/api/connections', {
      origin: 'match',
      demandId: world.demand.id,
      offerId: world.offer.id,
      message: 'Chúng tôi quan tâm tới công nghệ này.',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect((await stage(world.supplier.client, id, { stage: 'accepted' })).statusCode).toBe(200);
    expect((await stage(world.seeker.client, id, { stage: 'declined' })).statusCode).toBe(200);

    const byDeclined = await stage(world.supplier.client, id, { stage: 'reopened' });
    expect(byDeclined.statusCode, byDeclined.body).toBe(403);
    expect((await world.supplier.client.get(`/api/demands/${world.demand.id}`)).body).not.toContain(secret);

    const byDecliner = await stage(world.seeker.client, id, { stage: 'reopened' });
    expect(byDecliner.json()).toMatchObject({ stage: 'accepted' });
    expect((await world.supplier.client.get(`/api/demands/${world.demand.id}`)).json().confidentialDetails).toEqual({ problem: secret });

    expect((await stage(world.supplier.client, id, { stage: 'declined' })).statusCode).toBe(200);
    expect((await stage(world.seeker.client, id, { stage: 'reopened' })).statusCode).toBe(403);
    expect((await stage(world.broker.client, id, { stage: 'reopened' })).json()).toMatchObject({ stage: 'accepted' });
  });
});
