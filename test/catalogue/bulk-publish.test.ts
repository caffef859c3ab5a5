import { count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, notifications, offers } from '../../src/db/schema/index.js';
import { runDueJobs } from '../../src/server/jobs/job-worker.js';
import { moduleJobHandlers } from '../../src/server/modules/index.js';
import { agencyClient, newConnectionPoint, newDemand, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';
import { generatedOffer, toJsonLines } from '../imports/generated-offers.js';
import { multipart } from '../imports/multipart.js';

let ctx: TestContext;
let agency: TestClient;
let seeker: TestClient;
let member: TestClient;

async function runAllJobs() {
  while ((await runDueJobs({ db: ctx.database.db, config: ctx.config }, moduleJobHandlers)) > 0);
}

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  agency = (await agencyClient(ctx.app, db, 'en')).client;
  const enterprise = await newOrganisation(db, { provinceCode: '01' });
  const centre = await newOrganisation(db, { kind: 'centre', provinceCode: '01' });
  await newConnectionPoint(db, centre.id, ['01']);
  await newDemand(db, {
    title: 'Cần công nghệ xử lý nước thải và sấy nông sản',
    publicSummary: 'Doanh nghiệp chế biến nông sản cần xử lý nước thải và sấy nông sản, giảm năng lượng tiêu thụ.',
    keywords: ['nước thải', 'sấy'],
    sectorCode: 'C',
    ownerOrganisationId: enterprise.id,
    provinceCode: '01',
  });
  seeker = (await signedInClient(ctx.app, db, { organisationId: enterprise.id, language: 'en' })).client;
  member = (await signedInClient(ctx.app, db, { organisationId: enterprise.id })).client;
  // Forty offers enter moderation through an import, as a provincial centre would send them.
  const body = multipart({ type: 'offers' }, { name: 'offers.jsonl', data: toJsonLines(Array.from({ length: 40 }, (_, i) => generatedOffer(70_000 + i))) });
  expect((await agency.request('POST', '/api/imports', body.payload, { headers: body.headers })).statusCode).toBe(202);
  await runAllJobs();
});
afterAll(async () => ctx?.close());

const waiting = async () => ctx.database.db.select({ id: offers.id, status: offers.status }).from(offers).where(like(offers.externalId, 'GEN-07%'));

describe('publishing many records of the moderation queue at once', () => {
  it('refuses who moderates nowhere, and an empty or malformed choice by naming the field', async () => {
    const [first] = await waiting();
    expect((await member.post('/api/moderation/publish', { items: [{ type: 'offer', id: first.id }] })).statusCode).toBe(403);
    const empty = await agency.post('/api/moderation/publish', { items: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('items');
  });

  it('publishes the chosen records, reports the ones it could not, and tells each person of the new matches in one summary', async () => {
    const records = await waiting();
    expect(records).toHaveLength(40);
    expect(records.every((r) => r.status === 'submitted')).toBe(true);
    const unknown = crypto.randomUUID();
    const response = await agency.post('/api/moderation/publish', {
      items: [...records.map((r) => ({ type: 'offer', id: r.id })), { type: 'offer', id: unknown }],
    });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json() as { published: { id: string; status: string }[]; failed: { id: string; code: string }[] };
    expect(result.published).toHaveLength(40);
    expect(result.published.every((p) => p.status === 'published')).toBe(true);
    expect(result.failed).toEqual([{ type: 'offer', id: unknown, code: 'NOT_FOUND' }]);
    const [{ n: audits }] = await ctx.database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'offer.publish'));
    expect(audits).toBe(40);

    await runAllJobs();
    const perKind = await ctx.database.db
      .select({ userId: notifications.userId, kind: notifications.kind, n: count() })
      .from(notifications)
      .groupBy(notifications.userId, notifications.kind);
    expect(perKind.filter((row) => row.kind === 'match.strong')).toEqual([]);
    for (const row of perKind.filter((r) => r.kind === 'match.summary')) expect(row.n, row.userId).toBe(1);
    const notices = ((await seeker.get('/api/notifications')).json() as { items: { kind: string; params: { count: number } }[] }).items;
    const summaries = notices.filter((n) => n.kind === 'match.summary');
    expect(summaries).toHaveLength(1);
    expect(summaries[0].params.count).toBeGreaterThan(1);

    // Publishing again changes nothing: each record answers why.
    const again = await agency.post('/api/moderation/publish', { items: [{ type: 'offer', id: records[0].id }] });
    expect(again.json()).toMatchObject({ published: [], failed: [{ id: records[0].id, code: 'INVALID_TRANSITION' }] });
  });
});
