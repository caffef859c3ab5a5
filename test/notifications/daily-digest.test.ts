import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, users } from '../../src/db/schema/index.js';
import { runDueJobs } from '../../src/server/jobs/job-worker.js';
import { moduleJobHandlers } from '../../src/server/modules/index.js';
import { digestCutoff, sendDailyDigests } from '../../src/server/modules/notifications/daily-digest.js';
import { connectionsWorld } from '../connections/connections-world.js';
import { createTestApp, type TestContext } from '../support/test-app.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof connectionsWorld>>;
beforeAll(async () => {
  ctx = await createTestApp();
  world = await connectionsWorld(ctx);
});
afterAll(async () => ctx?.close());

type Preference = { kind: string; inApp: boolean; email: boolean; emailMode: 'immediate' | 'daily' };
const mailsTo = async (email: string) => ctx.database.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
const runAllJobs = async () => {
  while ((await runDueJobs({ db: ctx.database.db, config: ctx.config }, moduleJobHandlers)) > 0);
};

describe('notification settings per kind: immediate or daily digest', () => {
  it('keeps each kind immediate by default and saves a daily digest choice', async () => {
    const before = (await world.supplier.client.get('/api/me/notification-preferences')).json().items as Preference[];
    expect(before.every((p) => p.emailMode === 'immediate' && p.email && p.inApp)).toBe(true);
    const items = before.map((p) => (p.kind === 'connection.message' || p.kind === 'connection.stage' ? { ...p, emailMode: 'daily' } : p));
    const saved = await world.supplier.client.put('/api/me/notification-preferences', { items });
    expect(saved.statusCode, saved.body).toBe(200);
    const modes = Object.fromEntries((saved.json().items as Preference[]).map((p) => [p.kind, p.emailMode]));
    expect(modes).toMatchObject({ 'connection.message': 'daily', 'connection.stage': 'daily', 'connection.requested': 'immediate' });
    const wrong = await world.supplier.client.put('/api/me/notification-preferences', { items: [{ ...items[0], emailMode: 'weekly' }] });
    expect(wrong.statusCode).toBe(400);
  });

  it('mails immediate kinds at once, and the digest kinds in one e-mail per person the next morning', async () => {
    // The supplier reads English: the digest is written in the person's language.
    const [supplier] = await ctx.database.db.update(users).set({ locale: 'en' }).where(eq(users.id, world.supplier.user.id)).returning();
    const created = await world.seeker.client.post('/api/connections', {
      demandId: world.demand.id,
      offerId: world.offer.id,
      origin: 'match',
      message: 'Chúng tôi muốn rút ngắn thời gian ủ chượp.',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    for (const body of ['Xin gửi thêm số liệu về sản lượng.', 'Chúng tôi có thể gặp vào tuần sau.']) {
      const posted = await world.seeker.client.post(`/api/connections/${id}/messages`, { body });
      expect(posted.statusCode, posted.body).toBeLessThan(300);
    }
    await runAllJobs();
    // The request came at once; the two messages (in the app already) wait for the digest.
    const immediate = await mailsTo(supplier.email);
    expect(immediate.map((m) => m.kind)).toEqual(['notification:connection.requested']);
    const inApp = (await world.supplier.client.get('/api/notifications')).json().items as { kind: string }[];
    expect(inApp.filter((n) => n.kind === 'connection.message')).toHaveLength(2);

    // Not due before 07:00 in Viet Nam; at 08:00 the next morning one e-mail carries both.
    expect(digestCutoff(new Date('2026-03-02T23:30:00Z'))).toBeNull(); // 06:30 in Hà Nội
    expect(digestCutoff(new Date('2026-03-03T01:00:00Z'))?.toISOString()).toBe('2026-03-03T00:00:00.000Z');
    // 08:00 in Hà Nội (01:00 UTC) two days on, whatever the hour the test runs at.
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
    const morning = new Date(Date.UTC(inTwoDays.getUTCFullYear(), inTwoDays.getUTCMonth(), inTwoDays.getUTCDate(), 1));
    expect(await sendDailyDigests(ctx.database.db, ctx.config, morning)).toBe(1);
    const digests = (await mailsTo(supplier.email)).filter((m) => m.kind === 'notification:digest');
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toMatch(/your daily summary, \d\d\/\d\d\/\d{4}: 2 notifications/);
    expect(digests[0].text.match(/wrote in the connection/g)).toHaveLength(2);
    expect(digests[0].text).toContain(`/connections/${id}`);

    // Sent once: a later run the same day sends nothing; the seeker (all immediate) never gets a digest.
    expect(await sendDailyDigests(ctx.database.db, ctx.config, new Date(morning.getTime() + 3_600_000))).toBe(0);
    const all = await ctx.database.db.select().from(mailOutbox).where(like(mailOutbox.kind, 'notification:digest'));
    expect(all).toHaveLength(1);
  });
});
