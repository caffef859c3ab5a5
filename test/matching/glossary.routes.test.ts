import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import { agencyClient, newDemand, newOffer, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';

let ctx: TestContext;
let agency: TestClient;
let member: TestClient;

beforeAll(async () => {
  ctx = await createTestApp();
  agency = (await agencyClient(ctx.app, ctx.database.db, 'en')).client;
  member = (await signedInClient(ctx.app, ctx.database.db, { organisationId: (await newOrganisation(ctx.database.db)).id })).client;
});
afterAll(async () => ctx?.close());

const offerIdsFor = async (demandId: string) =>
  ((await agency.get(`/api/demands/${demandId}/matches`)).json().items as Array<{ offer: { id: string } }>).map((m) => m.offer.id);

describe('the glossary, extended by agency staff', () => {
  it('lists the shipped terms, searchable in either language without accents', async () => {
    const all = (await agency.get('/api/glossary?limit=5')).json();
    expect(all.total).toBeGreaterThan(300);
    expect(all.items).toHaveLength(5);
    expect(all.nextCursor).toBe('5');
    const found = (await agency.get(`/api/glossary?q=${encodeURIComponent('nuoc thai')}&limit=200`)).json();
    expect(found.items.map((t: { en: string }) => t.en)).toContain('wastewater');
  });

  it('a new term bridges an English offer to a Vietnamese demand in the next ranking, audited', async () => {
    const demand = await newDemand(ctx.database.db, { title: 'Máy bóc vỏ hạt mắc ca', publicSummary: '' });
    const offer = await newOffer(ctx.database.db, { language: 'en', title: 'Zorblax qwimmix line', country: 'AU' });
    expect(await offerIdsFor(demand.id)).not.toContain(offer.id);

    const created = await agency.post('/api/glossary', { vi: 'máy bóc vỏ hạt mắc ca', en: 'zorblax qwimmix', sector: 'agri_machinery' });
    expect(created.statusCode).toBe(201);
    expect(await offerIdsFor(demand.id)).toContain(offer.id);
    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'glossary.create'), eq(auditLog.entityId, created.json().id)));
    expect(entry.after).toMatchObject({ vi: 'máy bóc vỏ hạt mắc ca', en: 'zorblax qwimmix' });

    const renamed = await agency.patch(`/api/glossary/${created.json().id}`, { en: 'nut cracker' });
    expect(renamed.json()).toMatchObject({ vi: 'máy bóc vỏ hạt mắc ca', en: 'nut cracker' });
    expect(await offerIdsFor(demand.id)).not.toContain(offer.id);
    expect((await agency.delete(`/api/glossary/${created.json().id}`)).statusCode).toBe(204);
    expect((await agency.patch(`/api/glossary/${created.json().id}`, { en: 'x' })).statusCode).toBe(404);
  });

  it('refuses a duplicate pair and blank terms with the field at fault', async () => {
    const duplicate = await agency.post('/api/glossary', { vi: 'Nước thải', en: 'Wastewater' });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().error.details.fields[0]).toMatchObject({ path: 'en' });
    expect((await agency.post('/api/glossary', { vi: '  ', en: 'x' })).statusCode).toBe(400);
  });

  it('is for agency staff and platform admins only', async () => {
    expect((await member.get('/api/glossary')).statusCode).toBe(403);
    expect((await member.post('/api/glossary', { vi: 'a b', en: 'c d' })).statusCode).toBe(403);
  });
});
