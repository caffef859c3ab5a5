import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreements, connections, events } from '../../src/db/schema/index.js';
import { rebuildRollups } from '../../src/server/modules/reports/connection-rollup.repository.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { readWorkbook } from '../support/workbook.js';
import { connectionsWorld } from '../connections/connections-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof connectionsWorld>>;

type Batch = { count: number; channel: string; partnerCountry: string | null; sectorCode: string; provinceCode: string };

/** The 2019 figures of the agency's annual review, built as individual connection records. */
const batches2019: Batch[] = [
  { count: 50, channel: 'connection-point', partnerCountry: null, sectorCode: 'C', provinceCode: '40' },
  { count: 200, channel: 'rep-office', partnerCountry: 'KR', sectorCode: 'C', provinceCode: '31' },
  { count: 30, channel: 'rep-office', partnerCountry: 'CN', sectorCode: 'Q', provinceCode: '01' },
  { count: 5, channel: 'rep-office', partnerCountry: 'SG', sectorCode: 'E', provinceCode: '79' },
  { count: 4, channel: 'rep-office', partnerCountry: 'JP', sectorCode: 'D', provinceCode: '52' },
];

beforeAll(async () => {
  ctx = await createTestApp();
  world = await connectionsWorld(ctx);
  const db = ctx.database.db;
  const rows = batches2019.flatMap((b) =>
    Array.from({ length: b.count }, (_, i) => ({
      channel: b.channel,
      origin: 'broker',
      partnerCountry: b.partnerCountry,
      sectorCode: b.sectorCode,
      provinceCode: b.provinceCode,
      seekerOrganisationId: b.provinceCode === '40' ? world.enterprise.id : null,
      stage: i % 5 === 0 ? 'mou' : 'meeting',
      openedOn: `2019-${String((i % 12) + 1).padStart(2, '0')}-15`,
    })),
  );
  await db.insert(connections).values(rows);
  await db.insert(connections).values({ channel: 'direct', origin: 'broker', stage: 'proposed', openedOn: '2018-06-01', provinceCode: '40' });
  const [techdemo] = await db
    .insert(events)
    .values({ kind: 'techdemo', name: 'Techdemo 2019', startsOn: '2019-11-24', endsOn: '2019-11-26', provinceCode: '52' })
    .returning();
  await db.insert(agreements).values(
    Array.from({ length: 12 }, (_, i) => ({
      kind: 'mou',
      title: `MoU ${i + 1}`,
      signedOn: '2019-11-25',
      valueVnd: 45_000_000_000,
      eventId: techdemo.id,
      provinceCode: '52',
    })),
  );
  await db.insert(agreements).values({
    kind: 'consulting-contract',
    title: 'Tư vấn',
    signedOn: '2019-05-02',
    valueVnd: 20_000_000,
    centreOrganisationId: world.centre.id,
    provinceCode: '40',
  });
  await rebuildRollups(db);
});
afterAll(async () => ctx?.close());

describe('network dashboard', () => {
  it('computes the 2019 national figures from the records', async () => {
    const response = await world.agency.client.get('/api/reports/network?from=2019&to=2019');
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.connections.total).toBe(289);
    expect(report.connections.byChannel).toEqual([
      { channel: 'rep-office', count: 239 },
      { channel: 'connection-point', count: 50 },
    ]);
    expect(report.connections.byCountry.map((c: { country: string; count: number }) => [c.country, c.count])).toEqual([
      ['KR', 200],
      ['CN', 30],
      ['SG', 5],
      ['JP', 4],
    ]);
    expect(report.connections.byCountry[0].sectors).toEqual([{ sector: 'C', count: 200 }]);
    expect(report.connections.funnel.find((f: { stage: string }) => f.stage === 'meeting').count).toBe(289);
    expect(report.agreements.mou).toEqual({ count: 12, valueVnd: 540_000_000_000 });
    // The MoUs of the Techdemo are not on a connection: the brokered outcome is the funnel's 58 connections at the MoU stage.
    expect(report.outcomes.mou).toEqual({ connections: 58, agreements: 0, valueVnd: 0 });
    expect(report.connections.funnel.find((f: { stage: string }) => f.stage === 'mou').count).toBe(58);
    expect(report.agreements.centreContracts).toEqual({ count: 1, valueVnd: 20_000_000 });
    expect(report.events[0]).toMatchObject({ name: 'Techdemo 2019', mous: 12, valueVnd: 540_000_000_000 });
    expect(report.enterprisesSupported).toBe(1);
  });

  it('spans years and counts each year apart', async () => {
    const report = (await world.agency.client.get('/api/reports/network?from=2017&to=2019')).json();
    expect(report.connections.byYear).toEqual([
      { year: 2017, count: 0 },
      { year: 2018, count: 1 },
      { year: 2019, count: 289 },
    ]);
  });

  it('limits connection-point staff to their provinces and refuses others', async () => {
    const own = (await world.broker.client.get('/api/reports/network?from=2019&to=2019')).json();
    expect(own.scope).toMatchObject({ national: false, provinces: ['40'] });
    expect(own.connections.total).toBe(50);
    expect((await world.broker.client.get('/api/reports/network?from=2019&to=2019&province=01')).statusCode).toBe(403);
    expect((await world.seeker.client.get('/api/reports/network?from=2019&to=2019')).statusCode).toBe(403);
    expect((await new TestClient(ctx.app).get('/api/reports/network?from=2019&to=2019')).statusCode).toBe(401);
  });

  it('filters by a province named with or without diacritics, and rejects bad ranges', async () => {
    const report = (await world.agency.client.get('/api/reports/network?from=2019&to=2019&province=nghe%20an')).json();
    expect(report.connections.total).toBe(50);
    const bad = await world.agency.client.get('/api/reports/network?from=2019&to=2017');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('to');
    expect((await world.agency.client.get('/api/reports/network?from=abc&to=2019')).statusCode).toBe(400);
  });

  it('follows connections made through the API, stage by stage', async () => {
    const year = new Date().getUTCFullYear();
    const before = (await world.agency.client.get(`/api/reports/network?from=${year}&to=${year}`)).json();
    const created = (
      await world.seeker.client.post('/api/connections', {
        demandId: world.demand.id,
        offerId: world.offer.id,
        origin: 'match',
        message: 'Chúng tôi quan tâm.',
      })
    ).json();
    await world.supplier.client.post(`/api/connections/${created.id}/stage`, { stage: 'accepted', version: created.version });
    const after = (await world.agency.client.get(`/api/reports/network?from=${year}&to=${year}`)).json();
    expect(after.connections.total).toBe(before.connections.total + 1);
    const accepted = (r: typeof after) => r.connections.funnel.find((f: { stage: string }) => f.stage === 'accepted').count;
    expect(accepted(after)).toBe(accepted(before) + 1);
  });

  it('exports the dashboard as an Excel workbook that opens, with labels and names in Vietnamese, not codes', async () => {
    const response = await world.agency.client.request('GET', '/api/reports/network.xlsx?from=2019&to=2019', undefined, {
      headers: { 'accept-language': 'vi' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const book = await readWorkbook(response.rawPayload);
    expect(book.sheets).toEqual(['Tổng hợp', 'Theo năm', 'Theo kênh', 'Theo quốc gia', 'Theo giai đoạn', 'Theo tỉnh, thành', 'Sự kiện']);
    expect(book.rows('Theo kênh')).toEqual([
      ['Kênh kết nối', 'Số kết nối'],
      ['Qua đại diện ở nước ngoài', 239],
      ['Qua điểm kết nối', 50],
    ]);
    expect(book.rows('Theo quốc gia')[0]).toEqual(['Quốc gia đối tác', 'Số kết nối', 'Ngành (số kết nối)']);
    expect(book.rows('Theo quốc gia')[1][0]).toBe('Hàn Quốc');
    expect(book.rows('Theo quốc gia')[1][2]).toMatch(/^Công nghiệp chế biến, chế tạo \(200\)$/);
    expect(book.rows('Theo tỉnh, thành').map((r) => r[0])).toContain('Nghệ An');
    expect(book.rows('Theo giai đoạn').map((r) => r[0])).toContain('Ký biên bản ghi nhớ');
    expect(book.rows('Sự kiện')[1]).toEqual(['Techdemo 2019', '24/11/2019', 12, 12, 540_000_000_000]);
    // Every text is NFC with its diacritics; no cell is a bare code.
    for (const text of book.texts) expect(text).toBe(text.normalize('NFC'));
    expect(book.texts.filter((text) => /^(KR|CN|SG|JP|\d{2}|rep-office|connection-point|mou|meeting|[A-U])$/.test(text))).toEqual([]);
  });

  it('exports the same workbook in English', async () => {
    const response = await world.agency.client.request('GET', '/api/reports/network.xlsx?from=2019&to=2019', undefined, {
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(200);
    const book = await readWorkbook(response.rawPayload);
    expect(book.sheets).toEqual(['Summary', 'By year', 'By channel', 'By country', 'By stage', 'By province', 'Events']);
    expect(book.rows('By channel').slice(1)).toEqual([
      ['Through an office abroad', 239],
      ['Through a connection point', 50],
    ]);
    expect(book.rows('By country').map((r) => r[0])).not.toContain('KR');
    expect(book.rows('By province').map((r) => r[0])).toContain('Nghe An');
    expect(book.rows('Events')[1].slice(0, 2)).toEqual(['Techdemo 2019', '24/11/2019']);
    expect(book.texts.filter((text) => /^(KR|CN|SG|JP|\d{2}|rep-office|connection-point|mou|meeting|[A-U])$/.test(text))).toEqual([]);
  });
});
