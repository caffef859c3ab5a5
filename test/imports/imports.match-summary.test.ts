import { and, count, gte, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, matches, notifications, offers, users } from '../../src/db/schema/index.js';
import { runDueJobs } from '../../src/server/jobs/job-worker.js';
import { moduleJobHandlers } from '../../src/server/modules/index.js';
import { STRONG_MATCH_SCORE } from '../../src/server/modules/matching/rematch.job.js';
import { agencyClient, newConnectionPoint, newDemand, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';
import { generatedOffer, toJsonLines } from './generated-offers.js';
import { multipart } from './multipart.js';

let ctx: TestContext;
let agency: TestClient;
let seeker: TestClient;
let broker: TestClient;

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  agency = (await agencyClient(ctx.app, db, 'en')).client;
  // A Hà Nội enterprise with demands the generated offers answer, and the Hà Nội connection point.
  const enterprise = await newOrganisation(db, { provinceCode: '01' });
  const centre = await newOrganisation(db, { kind: 'centre', provinceCode: '01' });
  await newConnectionPoint(db, centre.id, ['01']);
  for (const title of ['Cần công nghệ xử lý nước thải và sấy nông sản', 'Tìm công nghệ sấy nông sản tiết kiệm năng lượng, xử lý nước thải']) {
    await newDemand(db, {
      title,
      publicSummary: 'Doanh nghiệp chế biến nông sản cần xử lý nước thải và sấy nông sản, giảm năng lượng tiêu thụ.',
      keywords: ['nước thải', 'sấy'],
      sectorCode: 'C',
      ownerOrganisationId: enterprise.id,
      provinceCode: '01',
    });
  }
  seeker = (await signedInClient(ctx.app, db, { organisationId: enterprise.id, language: 'en' })).client;
  broker = (await signedInClient(ctx.app, db, { organisationId: centre.id })).client;
});
afterAll(async () => ctx?.close());

type Notice = { kind: string; text: string; link: string | null; params: { count?: number } };
const noticesOf = async (client: TestClient) => ((await client.get('/api/notifications?limit=100')).json() as { items: Notice[] }).items;
const summaries = async (client: TestClient) => (await noticesOf(client)).filter((n) => n.kind.startsWith('match.'));

async function runAllJobs() {
  while ((await runDueJobs({ db: ctx.database.db, config: ctx.config }, moduleJobHandlers)) > 0);
}

describe('an import of 170 offers', () => {
  it('gives each person at most one summary of its new matches, and at most one e-mail, counting the matches made', async () => {
    const lines = Array.from({ length: 170 }, (_, i) => generatedOffer(50_000 + i));
    const body = multipart({ type: 'offers', publish: 'true' }, { name: 'offers.jsonl', data: toJsonLines(lines) });
    const started = await agency.request('POST', '/api/imports', body.payload, { headers: body.headers });
    expect(started.statusCode, started.body).toBe(202);
    await runAllJobs();
    const job = (await agency.get(`/api/jobs/${started.json().jobId}`)).json();
    expect(job).toMatchObject({ status: 'succeeded', result: { imported: 170, rejected: [] } });

    const db = ctx.database.db;
    const imported = await db.select({ id: offers.id }).from(offers).where(like(offers.externalId, 'GEN-%'));
    const [{ n: strong }] = await db
      .select({ n: count() })
      .from(matches)
      .where(
        and(
          inArray(
            matches.offerId,
            imported.map((o) => o.id),
          ),
          gte(matches.score, STRONG_MATCH_SCORE),
        ),
      );
    expect(strong).toBeGreaterThan(1);

    // Each person: no notice per match, one summary at most.
    const everyone = await db.select({ id: users.id }).from(users);
    const perUser = await db
      .select({ userId: notifications.userId, kind: notifications.kind, n: count() })
      .from(notifications)
      .groupBy(notifications.userId, notifications.kind);
    expect(perUser.filter((row) => row.kind === 'match.strong')).toEqual([]);
    for (const row of perUser.filter((r) => r.kind === 'match.summary')) expect(row.n, row.userId).toBe(1);
    expect(everyone.length).toBeGreaterThan(3);

    // The importer entered every offer, the seeker owns the demands, the broker covers their province: each hears of every strong match once.
    for (const client of [agency, seeker, broker]) {
      const notices = await summaries(client);
      expect(notices).toHaveLength(1);
      expect(notices[0].params.count).toBe(strong);
      expect(notices[0].link).toMatch(/^\/(offers|demands)\/[0-9a-f-]{36}$/);
    }
    const [seekerNotice] = await summaries(seeker);
    expect(seekerNotice.text).toContain(`${strong} new strong matches for 2 records`);

    const mails = await db
      .select({ to: mailOutbox.to, n: count() })
      .from(mailOutbox)
      .where(like(mailOutbox.kind, 'notification:match.%'))
      .groupBy(mailOutbox.to);
    expect(mails.length).toBeGreaterThanOrEqual(3);
    for (const mail of mails) expect(mail.n, mail.to).toBe(1);
  });
});
