import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventOrganisers, eventRegistrations, events } from '../../src/db/schema/index.js';
import { buildBulkFiles } from '../../src/server/modules/open-data/bulk-files.js';
import { newDemand, newOffer, newOrganisation, newUser } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
let visitor: TestClient;
const SECRET = `TBSECRETOPEN${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
const ENTERPRISE = 'Công ty Nước mắm Bí Mật';

beforeAll(async () => {
  ctx = await createTestApp();
  visitor = new TestClient(ctx.app, 'en');
  const db = ctx.database.db;
  const enterprise = await newOrganisation(db, { nameVi: ENTERPRISE, provinceCode: '40' });
  const institute = await newOrganisation(db, { kind: 'institute', nameVi: 'Viện Công nghệ Mở', provinceCode: '01' });
  for (let i = 0; i < 7; i++) {
    await newOffer(db, { title: `Công nghệ mở ${i}`, ownerOrganisationId: institute.id, provinceCode: '01', contactEmail: `${SECRET.toLowerCase()}@x.test` });
  }
  await newOffer(db, { title: 'Bản nháp chưa công bố', status: 'draft' });
  await newDemand(db, {
    title: 'Rút ngắn thời gian ủ chượp',
    ownerOrganisationId: enterprise.id,
    ownerName: ENTERPRISE,
    provinceCode: '40',
    confidentialDetails: { problem: SECRET, constraints: SECRET },
    contactName: SECRET,
    contactEmail: `${SECRET.toLowerCase()}@x.test`,
  });
  await newDemand(db, { title: 'Nhu cầu chưa mở', status: 'submitted' });
});
afterAll(async () => ctx?.close());

type Page = { items: Array<Record<string, unknown> & { id: string; updatedAt: string }>; nextCursor: string | null; licence: string };

describe('open API', () => {
  it('pages published offers by updatedSince and cursor, each once, drafts never', async () => {
    const seen: string[] = [];
    let url = '/api/open-data/offers?limit=3';
    for (;;) {
      const response = await visitor.get(url);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json() as Page;
      expect(page.licence).toContain('CC BY 4.0');
      seen.push(...page.items.map((o) => o.id));
      if (!page.nextCursor) break;
      url = `/api/open-data/offers?limit=3&cursor=${page.nextCursor}`;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    const first = (await visitor.get('/api/open-data/offers?limit=1')).json() as Page;
    expect(first.items[0]).toMatchObject({ ownerName: 'Viện Công nghệ Mở', url: `http://localhost:3000/offers/${first.items[0]!.id}` });

    // A harvester coming back asks for what changed since its last visit.
    await ctx.database.db.execute(sql`UPDATE offers SET updated_at = now() + interval '1 hour', title = 'Đã sửa' WHERE id = ${seen[2]}`);
    const since = new Date(Date.now() + 30 * 60_000).toISOString();
    const changed = (await visitor.get(`/api/open-data/offers?updatedSince=${since}`)).json() as Page;
    expect(changed.items.map((o) => [o.id, o.title])).toEqual([[seen[2], 'Đã sửa']]);
  });

  it('gives the public part of open demands only: no confidential part, contacts or enterprise', async () => {
    const response = await visitor.get('/api/open-data/demands');
    expect(response.statusCode).toBe(200);
    const page = response.json() as Page;
    expect(page.items.map((d) => d.title)).toEqual(['Rút ngắn thời gian ủ chượp']);
    expect(response.body).not.toContain(SECRET);
    expect(response.body.toLowerCase()).not.toContain(SECRET.toLowerCase());
    expect(response.body).not.toContain(ENTERPRISE);
  });

  it('keeps confidential fields, contacts and the enterprise out of every bulk file and the index', async () => {
    for (const file of ['offers.jsonl', 'offers.csv', 'demands.jsonl', 'demands.csv', 'experts.jsonl', 'experts.csv', 'statistics-collected.csv']) {
      const response = await visitor.get(`/api/open-data/bulk/${file}`);
      expect(response.statusCode, file).toBe(200);
      expect(response.body.toLowerCase(), file).not.toContain(SECRET.toLowerCase());
      expect(response.body, file).not.toContain(ENTERPRISE);
    }
    const jsonl = (await visitor.get('/api/open-data/bulk/offers.jsonl')).body.trim().split('\n');
    expect(jsonl).toHaveLength(7);
    expect(JSON.parse(jsonl[0]!)).toHaveProperty('title');
    const csv = (await visitor.get('/api/open-data/bulk/demands.csv')).body;
    expect(csv.split('\r\n')[0]).toContain('publicSummary');
  });

  it('signals records that left to harvesters: a tombstone per withdrawn or merged record, once, in the same walk, with nothing of the record', async () => {
    const db = ctx.database.db;
    const start = new Date(Date.now() - 1000).toISOString();
    const kept = await newOffer(db, { title: 'Bản được giữ' });
    const merged = await newOffer(db, {
      title: `Bản đã gộp ${SECRET}`,
      status: 'archived',
      mergedIntoId: kept.id,
      contactEmail: `${SECRET.toLowerCase()}@x.test`,
    });
    const withdrawn = await newOffer(db, { title: `Bản đã rút ${SECRET}`, status: 'archived' });
    const closed = await newDemand(db, { title: `Nhu cầu đã đóng ${SECRET}`, status: 'closed', confidentialDetails: { problem: SECRET } });
    // Never public: no tombstone.
    const neverPublic = await newOffer(db, { title: 'Nháp bị hủy', status: 'archived', publishedAt: null });
    const removed: Array<Record<string, unknown>> = [];
    const items: string[] = [];
    let url: string | null = `/api/open-data/offers?limit=2&updatedSince=${encodeURIComponent(start)}`;
    while (url) {
      const response = await visitor.get(url);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.body).not.toContain(SECRET);
      const page = response.json() as Page & { removed: Array<Record<string, unknown>> };
      expect(page.items.length + page.removed.length).toBeLessThanOrEqual(2);
      items.push(...page.items.map((i) => i.id));
      removed.push(...page.removed);
      url = page.nextCursor ? `/api/open-data/offers?limit=2&cursor=${encodeURIComponent(page.nextCursor)}` : null;
    }
    expect(items).toContain(kept.id);
    expect(items).not.toContain(merged.id);
    expect(new Set(items).size).toBe(items.length);
    // Only this test's records: an earlier test's withdrawal may fall inside the window on a busy machine.
    const ours = new Set([merged.id, withdrawn.id, neverPublic.id]);
    expect(removed.filter((r) => ours.has(r.id as string))).toEqual([
      expect.objectContaining({ id: merged.id, status: 'merged', mergedIntoId: kept.id, mergedIntoUrl: `http://localhost:3000/offers/${kept.id}` }),
      expect.objectContaining({ id: withdrawn.id, status: 'withdrawn', mergedIntoId: null }),
    ]);
    expect(Object.keys(removed[0]!).sort()).toEqual(['id', 'mergedIntoId', 'mergedIntoUrl', 'status', 'updatedAt', 'url']);
    const demands = await visitor.get(`/api/open-data/demands?updatedSince=${encodeURIComponent(start)}`);
    expect(demands.body).not.toContain(SECRET);
    expect((demands.json().removed as Array<{ id: string }>).filter((r) => r.id === closed.id)).toEqual([
      expect.objectContaining({ id: closed.id, status: 'withdrawn' }),
    ]);
  });

  it('refuses bad input with 400 naming the parameter', async () => {
    const cases: Array<[string, string]> = [
      ['/api/open-data/offers?colour=red', 'colour'],
      ['/api/open-data/offers?limit=100000', 'limit'],
      ['/api/open-data/offers?cursor=not-a-cursor', 'cursor'],
      [`/api/open-data/offers?cursor=${Buffer.from('yesterday|x').toString('base64url')}`, 'cursor'],
      ['/api/open-data/demands?updatedSince=31/12/2025', 'updatedSince'],
      ['/api/open-data/statistics?from=abc', 'from'],
      ['/api/open-data/statistics/byYear?format=xml', 'format'],
    ];
    for (const [url, parameter] of cases) {
      const response = await visitor.get(url);
      expect(response.statusCode, url).toBe(400);
      const fields = response.json().error.details.fields as Array<{ path: string }>;
      expect(
        fields.map((f) => f.path.replace(/^querystring\./, '')),
        url,
      ).toContain(parameter);
    }
    expect((await visitor.get('/api/open-data/bulk/passwords.csv')).statusCode).toBe(400);
  });

  it('is documented in the OpenAPI document', async () => {
    const document = (await visitor.get('/api/docs/json')).json() as { paths: Record<string, unknown> };
    for (const path of [
      '/api/open-data',
      '/api/open-data/offers',
      '/api/open-data/demands',
      '/api/open-data/experts',
      '/api/open-data/events',
      '/api/open-data/statistics',
      '/api/open-data/bulk/{file}',
    ])
      expect(document.paths, path).toHaveProperty([path]);
  });
});

describe('open API: matchmaking events', () => {
  type EventPage = { items: Array<Record<string, unknown> & { id: string; updatedAt: string }>; nextCursor: string | null; removed?: unknown };
  const walk = async (start: string) => {
    const items: EventPage['items'] = [];
    let url: string | null = start;
    while (url) {
      const response = await visitor.get(url);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.body.toLowerCase()).not.toContain(SECRET.toLowerCase());
      const page = response.json() as EventPage;
      expect(page.removed).toBeUndefined();
      items.push(...page.items);
      url = page.nextCursor ? `${start}&cursor=${encodeURIComponent(page.nextCursor)}` : null;
    }
    return items;
  };

  it('pages events with public fields, organisers and counts, never who registered or what they wrote; a new approval refreshes the event', async () => {
    const db = ctx.database.db;
    const organiser = await newOrganisation(db, { kind: 'centre', nameVi: 'Trung tâm Ứng dụng Nghệ An', provinceCode: '40' });
    const planted: string[] = [];
    for (let i = 0; i < 3; i++) {
      const [event] = await db
        .insert(events)
        .values({
          kind: 'techdemo',
          name: `Techdemo mở ${i}`,
          startsOn: '2026-05-0' + (i + 1),
          endsOn: '2026-05-0' + (i + 2),
          provinceCode: '40',
          venue: 'Vinh',
        })
        .returning();
      await db.insert(eventOrganisers).values({ eventId: event!.id, organisationId: organiser.id });
      planted.push(event!.id);
    }
    const person = await newUser(db, { name: `Người tham gia ${SECRET}`, email: `${SECRET.toLowerCase()}@person.test` });
    const other = await newUser(db, { name: `Khách ${SECRET}` });
    const registration = (role: string, userId: string, status: string) => ({
      eventId: planted[0]!,
      userId,
      role,
      status,
      note: `Ghi chú ${SECRET}`,
      wantsToMeet: `Muốn gặp ${SECRET}`,
      refusalReason: status === 'refused' ? `Lý do ${SECRET}` : null,
      booth: `Gian ${SECRET}`,
      calendarToken: crypto.randomUUID(),
    });
    await db.insert(eventRegistrations).values([registration('exhibitor', person.id, 'approved'), registration('visitor', other.id, 'refused')]);

    const start = '/api/open-data/events?limit=2';
    const items = await walk(start);
    expect(items.filter((e) => planted.includes(e.id)).map((e) => e.name)).toEqual(['Techdemo mở 1', 'Techdemo mở 2', 'Techdemo mở 0']);
    const first = items.find((e) => e.id === planted[0])!;
    expect(first).toMatchObject({
      kind: 'techdemo',
      startsOn: '2026-05-01',
      endsOn: '2026-05-02',
      provinceCode: '40',
      venue: 'Vinh',
      organisers: ['Trung tâm Ứng dụng Nghệ An'],
      registrations: 1,
      meetings: 0,
      url: `http://localhost:3000/events/${planted[0]}`,
    });
    expect(Object.keys(first).sort()).toEqual(
      [
        'endsOn',
        'id',
        'kind',
        'legacyProvinceCode',
        'meetings',
        'name',
        'nameEn',
        'organisers',
        'provinceCode',
        'registrations',
        'startsOn',
        'summary',
        'summaryEn',
        'updatedAt',
        'url',
        'venue',
      ].sort(),
    );

    // A harvester coming back after a new approval learns the new count.
    const since = new Date(Date.now() + 1000).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await walk(`/api/open-data/events?updatedSince=${encodeURIComponent(since)}`)).map((e) => e.id)).toEqual([]);
    await db.insert(eventRegistrations).values({ ...registration('seeker', (await newUser(db)).id, 'approved') });
    const changed = await walk(`/api/open-data/events?updatedSince=${encodeURIComponent(since)}`);
    expect(changed.map((e) => [e.id, e.registrations])).toEqual([[planted[0], 2]]);

    // The hourly job rewrites the bulk files: the events are in them, who registered is not.
    await buildBulkFiles(db, ctx.config.baseUrl);
    for (const file of ['events.jsonl', 'events.csv', 'statistics-events.csv']) {
      const response = await visitor.get(`/api/open-data/bulk/${file}`);
      expect(response.statusCode, file).toBe(200);
      expect(response.body.toLowerCase(), file).not.toContain(SECRET.toLowerCase());
      if (file !== 'statistics-events.csv') expect(response.body, file).toContain(planted[0]);
    }
    const stats = await visitor.get('/api/open-data/statistics?from=2026&to=2026');
    expect(stats.body.toLowerCase()).not.toContain(SECRET.toLowerCase());
    expect(stats.json().events).toEqual([{ key: '2026', events: 3, registrations: 2, meetings: 0 }]);
  });

  it('refuses bad input with 400 naming the parameter', async () => {
    for (const [url, parameter] of [
      ['/api/open-data/events?organiser=x', 'organiser'],
      ['/api/open-data/events?cursor=nonsense', 'cursor'],
      ['/api/open-data/events?updatedSince=yesterday', 'updatedSince'],
      ['/api/open-data/events?limit=0', 'limit'],
    ] as const) {
      const response = await visitor.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(
        (response.json().error.details.fields as Array<{ path: string }>).map((f) => f.path.replace(/^querystring\./, '')),
        url,
      ).toContain(parameter);
    }
  });
});

describe('open API rate limit', () => {
  it('answers 429 with Retry-After and a clear message past the limit, per client address', async () => {
    const limited = await createTestApp({ openDataLimitPerMinute: 3 });
    try {
      // The limit counts per clock minute: start well inside one, or the fourth request may open the next.
      const untilNextMinute = 60_000 - (Date.now() % 60_000);
      if (untilNextMinute < 10_000) await new Promise((resolve) => setTimeout(resolve, untilNextMinute + 100));
      const harvester = new TestClient(limited.app, 'en');
      for (let i = 0; i < 3; i++) expect((await harvester.get('/api/open-data/offers')).statusCode).toBe(200);
      const refused = await harvester.get('/api/open-data/offers');
      expect(refused.statusCode).toBe(429);
      const wait = Number(refused.headers['retry-after']);
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(60);
      expect(refused.json().error).toMatchObject({ code: 'RATE_LIMITED', details: { limitPerMinute: 3 } });
      expect(refused.json().error.message).toContain(`${wait} seconds`);
      // Another address is not held back, and the rest of the platform is not limited.
      expect((await new TestClient(limited.app, 'en').get('/api/open-data/offers')).statusCode).toBe(200);
      expect((await harvester.get('/api/offers')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
