import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/db/schema/index.js';
import { agencyClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { demoSettings } from '../support/test-config.js';
import { TestClient } from '../support/test-client.js';

type Row = {
  key: string;
  connections: number;
  mous: number;
  mouValueVnd: number;
  contracts: number;
  contractValueVnd: number;
  demands: number | null;
  offers: number | null;
};
type Statistics = {
  scope: { from: number; to: number; province: string | null; level: string };
  totals: Omit<Row, 'key'>;
  byYear: Row[];
  byProvince: Row[];
  bySector: Row[];
  byChannel: Row[];
  byCountry: Row[];
  funnel: Array<{ stage: string; count: number }>;
  events: Array<{ key: string; events: number; registrations: number; meetings: number }>;
};
type Report = {
  connections: {
    total: number;
    byYear: Array<{ year: number; count: number }>;
    byChannel: Array<{ channel: string; count: number }>;
    byProvince: Array<{ province: string; count: number }>;
    byCountry: Array<{ country: string; count: number }>;
    funnel: Array<{ stage: string; count: number }>;
  };
  agreements: Record<'mou' | 'transferContract' | 'consultingContract', { count: number; valueVnd: number }>;
  demandsCollected: number;
  offersCollected: number;
};

let ctx: TestContext;
let visitor: TestClient;
let agency: TestClient;

beforeAll(async () => {
  ctx = await createTestApp(demoSettings);
  visitor = new TestClient(ctx.app, 'en');
  agency = (await agencyClient(ctx.app, ctx.database.db)).client;
}, 180_000);
afterAll(async () => ctx?.close());

const statisticsOf = async (query: string) => {
  const response = await visitor.get(`/api/open-data/statistics?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Statistics;
};
const reportOf = async (query: string) => {
  const response = await agency.get(`/api/reports/network?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Report;
};
const pairs = <T>(rows: T[], key: (r: T) => string, value: (r: T) => number) =>
  Object.fromEntries(rows.filter((r) => value(r) !== 0 && key(r) !== '').map((r) => [key(r), value(r)]));

/** The signed-in report's figures, by the report's own rules, next to the public page's. */
function expectAgreement(stats: Statistics, report: Report) {
  expect(stats.totals.connections).toBe(report.connections.total);
  expect(stats.byYear.map((r) => [Number(r.key), r.connections])).toEqual(report.connections.byYear.map((r) => [r.year, r.count]));
  expect(
    pairs(
      stats.byChannel,
      (r) => r.key,
      (r) => r.connections,
    ),
  ).toEqual(
    pairs(
      report.connections.byChannel,
      (r) => r.channel,
      (r) => r.count,
    ),
  );
  expect(
    pairs(
      stats.byProvince,
      (r) => r.key,
      (r) => r.connections,
    ),
  ).toEqual(
    pairs(
      report.connections.byProvince,
      (r) => r.province,
      (r) => r.count,
    ),
  );
  expect(
    pairs(
      stats.byCountry,
      (r) => r.key,
      (r) => r.connections,
    ),
  ).toEqual(
    pairs(
      report.connections.byCountry,
      (r) => r.country,
      (r) => r.count,
    ),
  );
  expect(stats.funnel).toEqual(report.connections.funnel);
  expect([stats.totals.mous, stats.totals.mouValueVnd]).toEqual([report.agreements.mou.count, report.agreements.mou.valueVnd]);
  const { transferContract: t, consultingContract: c } = report.agreements;
  expect([stats.totals.contracts, stats.totals.contractValueVnd]).toEqual([t.count + c.count, t.valueVnd + c.valueVnd]);
  expect([stats.totals.demands, stats.totals.offers]).toEqual([report.demandsCollected, report.offersCollected]);
}

describe('public statistics', () => {
  it('answers a visitor without sign-in, cacheable, with no cookie', async () => {
    const response = await visitor.get('/api/open-data/statistics');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('public');
    expect(response.headers.etag).toBeTruthy();
    expect(response.headers['set-cookie']).toBeUndefined();
    const again = await visitor.request('GET', '/api/open-data/statistics', undefined, { headers: { 'if-none-match': String(response.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('agrees with the signed-in network report, nationally and for every year', async () => {
    const stats = await statisticsOf('from=2017&to=2026');
    expect(stats.totals.connections).toBeGreaterThan(289);
    expectAgreement(stats, await reportOf('from=2017&to=2026'));
    expectAgreement(await statisticsOf('from=2019&to=2019'), await reportOf('from=2019&to=2019'));
  });

  it('agrees with the report for a province now and a province before the 2025 merger', async () => {
    expectAgreement(await statisticsOf('from=2017&to=2026&province=40'), await reportOf('from=2017&to=2026&province=40'));
    const oldGiaLai = await statisticsOf('from=2019&to=2019&level=legacy&province=64');
    expect(oldGiaLai.scope).toMatchObject({ province: '64', level: 'legacy' });
    expectAgreement(oldGiaLai, await reportOf('from=2019&to=2019&level=legacy&province=64'));
    expect(oldGiaLai.totals.mous).toBe(12);
  });

  it('names no organisation', async () => {
    const body = (await visitor.get('/api/open-data/statistics?from=2017&to=2026')).body;
    const names = await ctx.database.db.select({ name: organisations.nameVi }).from(organisations);
    expect(names.length).toBeGreaterThan(5);
    expect(names.map((n) => n.name).filter((name) => body.includes(name))).toEqual([]);
  });

  it('downloads every figure as CSV and JSON with the same numbers', async () => {
    const stats = await statisticsOf('from=2019&to=2019');
    for (const figure of ['byYear', 'byProvince', 'bySector', 'byChannel', 'byCountry'] as const) {
      const csv = await visitor.get(`/api/open-data/statistics/${figure}?from=2019&to=2019&format=csv`);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.headers['content-disposition']).toContain(`techbridge-${figure}-2019-2019.csv`);
      const lines = csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('key,connections,mous,mouValueVnd,contracts,contractValueVnd,demands,offers');
      expect(
        lines
          .slice(1)
          .map((l) => Number(l.split(',')[1]))
          .reduce((a, b) => a + b, 0),
      ).toBe(stats.totals.connections);
      const json = await visitor.get(`/api/open-data/statistics/${figure}?from=2019&to=2019&format=json`);
      expect(json.json().rows).toEqual(stats[figure]);
    }
    const funnel = await visitor.get('/api/open-data/statistics/funnel?from=2019&to=2019');
    expect(funnel.body).toContain('stage,count');
  });

  it('refuses a backwards period and an unknown province, naming the parameter', async () => {
    const backwards = await visitor.get('/api/open-data/statistics?from=2020&to=2019');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details.fields[0].path).toBe('to');
    const unknown = await visitor.get('/api/open-data/statistics?province=Atlantis');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields[0].path).toBe('province');
  });
});

describe('bulk download', () => {
  type Cells = Array<Record<string, string>>;
  const parseCsv = (text: string): Cells => {
    const [header, ...lines] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const columns = header!.split(',');
    // Statistics cells hold codes and numbers only: no quoting to undo.
    return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [columns[i]!, value])));
  };
  const bulk = async (file: string) => {
    const response = await visitor.get(`/api/open-data/bulk/${file}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toContain('public');
    return parseCsv(response.body);
  };

  it('recomputes every figure of the statistics page from the bulk files', async () => {
    const [connections, agreements, collected, events] = await Promise.all([
      bulk('statistics-connections.csv'),
      bulk('statistics-agreements.csv'),
      bulk('statistics-collected.csv'),
      bulk('statistics-events.csv'),
    ]);
    expect(events.length).toBeGreaterThan(0);
    const progress = ['proposed', 'accepted', 'meeting', 'mou', 'contract', 'transferred'];
    for (const query of [
      { from: 2017, to: 2026 },
      { from: 2019, to: 2019, province: '40' },
      { from: 2019, to: 2019, province: '64', level: 'legacy' },
    ] as const) {
      const level = 'level' in query ? query.level : 'current';
      const province = 'province' in query ? query.province : null;
      const keep = (c: Record<string, string>) =>
        Number(c.year) >= query.from && Number(c.year) <= query.to && (!province || (level === 'legacy' ? c.legacyProvince : c.province) === province);
      const stats = await statisticsOf(new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString());
      const keyOf = (figure: string, c: Record<string, string>) =>
        ({
          byYear: c.year,
          byProvince: level === 'legacy' ? c.legacyProvince : c.province,
          bySector: c.sector,
          byChannel: c.channel,
          byCountry: c.partnerCountry ?? c.country,
        })[figure]!;
      for (const figure of ['byYear', 'byProvince', 'bySector', 'byChannel', 'byCountry'] as const) {
        const expected = new Map<
          string,
          { connections: number; mous: number; mouValueVnd: number; contracts: number; contractValueVnd: number; demands: number; offers: number }
        >();
        const at = (key: string) =>
          expected.get(key) ??
          expected.set(key, { connections: 0, mous: 0, mouValueVnd: 0, contracts: 0, contractValueVnd: 0, demands: 0, offers: 0 }).get(key)!;
        for (const c of connections.filter(keep)) at(keyOf(figure, c)).connections += Number(c.count);
        for (const a of agreements.filter(keep)) {
          if (a.kind === 'mou') {
            at(keyOf(figure, a)).mous += Number(a.count);
            at(keyOf(figure, a)).mouValueVnd += Number(a.valueVnd);
          } else if (a.kind === 'transfer-contract' || a.kind === 'consulting-contract') {
            at(keyOf(figure, a)).contracts += Number(a.count);
            at(keyOf(figure, a)).contractValueVnd += Number(a.valueVnd);
          }
        }
        if (figure !== 'byChannel') for (const r of collected.filter(keep)) at(keyOf(figure, r))[r.kind === 'demand' ? 'demands' : 'offers'] += Number(r.count);
        for (const row of stats[figure]) {
          const want = expected.get(row.key) ?? at(row.key);
          const got = { ...row, demands: row.demands ?? 0, offers: row.offers ?? 0 };
          expect({ key: row.key, ...want }, `${figure} ${JSON.stringify(query)}`).toEqual(got);
        }
        const nonEmpty = [...expected].filter(([, v]) => v.connections || v.mous || v.contracts || v.demands || v.offers).map(([k]) => k);
        if (figure !== 'byYear') expect(stats[figure].map((r) => r.key).sort()).toEqual(nonEmpty.sort());
      }
      // The funnel: each connection cell counts at every stage it passed.
      const reached = new Map(progress.map((s) => [s, 0]));
      for (const c of connections.filter(keep)) {
        const at = progress.includes(c.stage!) ? c.stage! : c.resumeStage || 'proposed';
        for (const s of progress.slice(0, progress.indexOf(at) + 1)) reached.set(s, reached.get(s)! + Number(c.count));
      }
      expect(stats.funnel).toEqual(progress.map((stage) => ({ stage, count: reached.get(stage) })));
      // Events: each cell counts in its year, with its approved registrations and scheduled meetings.
      const years = Array.from({ length: query.to - query.from + 1 }, (_, i) => String(query.from + i));
      const eventsByYear = years.map((key) => {
        const cells = events.filter(keep).filter((c) => c.year === key);
        const sum = (column: string) => cells.reduce((total, c) => total + Number(c[column]), 0);
        return { key, events: sum('events'), registrations: sum('registrations'), meetings: sum('meetings') };
      });
      expect(stats.events, `events ${JSON.stringify(query)}`).toEqual(eventsByYear);
    }
  });

  it('counts the events with their approved registrations and scheduled meetings, as the database holds them', async () => {
    const stats = await statisticsOf('from=2017&to=2030');
    const db = ctx.database.db;
    const [row] = (
      (await db.execute(sql`
        SELECT (SELECT count(*) FROM events WHERE extract(year from starts_on) BETWEEN 2017 AND 2030)::int AS events,
               (SELECT count(*) FROM event_registrations r JOIN events e ON e.id = r.event_id
                 WHERE r.status = 'approved' AND extract(year from e.starts_on) BETWEEN 2017 AND 2030)::int AS registrations,
               (SELECT count(*) FROM event_meetings m JOIN event_sessions s ON s.id = m.session_id JOIN events e ON e.id = s.event_id
                 WHERE m.status = 'confirmed' AND extract(year from e.starts_on) BETWEEN 2017 AND 2030)::int AS meetings`)) as unknown as {
        rows: Array<{ events: number; registrations: number; meetings: number }>;
      }
    ).rows;
    const total = (m: 'events' | 'registrations' | 'meetings') => stats.events.reduce((sum, r) => sum + r[m], 0);
    expect({ events: total('events'), registrations: total('registrations'), meetings: total('meetings') }).toEqual(row);
    expect(row!.events).toBeGreaterThan(0);
    expect(row!.registrations).toBeGreaterThan(0);
    const csv = await visitor.get('/api/open-data/statistics/events?from=2017&to=2030&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('key,events,registrations,meetings');
  });

  it('lists the bulk files with the licence', async () => {
    const index = (await visitor.get('/api/open-data')).json();
    expect(index.licence.name).toContain('CC BY 4.0');
    expect(index.bulk.map((f: { name: string }) => f.name)).toContain('offers.jsonl');
    expect(index.bulk.find((f: { name: string }) => f.name === 'statistics-connections.csv').records).toBeGreaterThan(0);
  });
});
