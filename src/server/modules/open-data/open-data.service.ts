import type { Db } from '../../../db/client.js';
import { decodeCursor, encodeCursor } from '../../../domain/open-data/cursor.js';
import { toCsv } from '../../../domain/open-data/csv.js';
import { publicStatistics, yearsCovered, type StatisticsCells } from '../../../domain/open-data/statistics.js';
import {
  OPEN_DATA_LICENCE,
  bulkFiles,
  type HarvestQuery,
  type OpenDataIndex,
  type PublicStatistics,
  type StatisticsFigure,
  type StatisticsQuery,
} from '../../../shared/open-data/open-data.schemas.js';
import { AppError, FieldError } from '../../errors.js';
import { resolveProvinceInput } from '../reference/reference.service.js';
import { buildBulkFiles } from './bulk-files.js';
import { licenceLine, publicStatuses } from './public-records.js';
import * as repo from './open-data.repository.js';

async function scope(db: Db, cells: StatisticsCells, query: StatisticsQuery) {
  const covered = yearsCovered(cells);
  const thisYear = new Date().getUTCFullYear();
  const from = query.from ?? covered?.from ?? thisYear;
  const to = query.to ?? Math.max(covered?.to ?? thisYear, from);
  if (to < from || to - from > 50) throw new FieldError([{ path: 'to', key: 'date_out_of_range' }]);
  if (!query.province) return { from, to, province: null, level: query.level };
  const resolved = await resolveProvinceInput(db, query.province, query.level);
  const province = query.level === 'legacy' ? resolved?.legacy : resolved?.current;
  if (!province) throw new FieldError([{ path: 'province', key: 'unknown_province' }]);
  return { from, to, province, level: query.level };
}

/** The public statistics page's figures: aggregates of connections, agreements and collected records, nothing named. */
export async function statistics(db: Db, query: StatisticsQuery): Promise<PublicStatistics> {
  const cells = await repo.statisticsCells(db);
  const filter = await scope(db, cells, query);
  return { scope: filter, ...publicStatistics(cells, filter), licence: licenceLine };
}

const figureColumns = ['key', 'connections', 'mous', 'mouValueVnd', 'contracts', 'contractValueVnd', 'demands', 'offers'] as const;

/** One figure of the statistics page as a CSV or JSON download. */
export async function statisticsFigure(db: Db, figure: StatisticsFigure, query: StatisticsQuery, format: 'csv' | 'json') {
  const all = await statistics(db, query);
  const name = `techbridge-${figure}-${all.scope.from}-${all.scope.to}${all.scope.province ? `-${all.scope.province}` : ''}.${format}`;
  if (format === 'json')
    return { name, type: 'application/json; charset=utf-8', body: JSON.stringify({ scope: all.scope, figure, rows: all[figure], licence: licenceLine }) };
  const body =
    figure === 'funnel'
      ? toCsv(['stage', 'count'], all.funnel)
      : figure === 'events'
        ? toCsv(['key', 'events', 'registrations', 'meetings'], all.events)
        : toCsv(figureColumns, all[figure]);
  return { name, type: 'text/csv; charset=utf-8', body };
}

function pageOf(query: HarvestQuery) {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !cursor) throw new FieldError([{ path: 'cursor', key: 'invalid_cursor', message: 'cursor' }]);
  return { updatedSince: query.updatedSince ?? null, cursor, limit: query.limit };
}

type Stamped = { id: string; cursorStamp: string };
/** The cursor after the last of `limit` entries when one more was fetched (null on the last page). */
const nextAfter = (entries: Stamped[], limit: number) => {
  const last = entries[limit - 1];
  return entries.length > limit && last ? encodeCursor({ updatedAt: last.cursorStamp, id: last.id }) : null;
};
const withUrls = <T extends Stamped>(rows: T[], url: (id: string) => string) => rows.map(({ cursorStamp: _stamp, ...row }) => ({ ...row, url: url(row.id) }));

/** A page of `limit` of the rows fetched (`limit + 1` of them), the real total of the walk and the next cursor. */
function harvested<T extends Stamped>(rows: T[], limit: number, total: number, url: (id: string) => string) {
  return { items: withUrls(rows.slice(0, limit), url), total, nextCursor: nextAfter(rows, limit), licence: licenceLine };
}

const before = (a: Stamped, b: Stamped) => a.cursorStamp < b.cursorStamp || (a.cursorStamp === b.cursorStamp && a.id < b.id);

/**
 * A page of public records and tombstones (records that left the public catalogue: archived,
 * expired, closed, or merged into another) in one (updated_at, id) order, so that a harvester
 * following the cursors learns of every departure once, in the same walk as the changes. `limit`
 * counts both, and so does `total`: the entries of the whole walk since `updatedSince`.
 */
async function withTombstones<T extends Stamped>(
  db: Db,
  kind: 'offer' | 'demand',
  baseUrl: string,
  query: HarvestQuery,
  fetch: (page: ReturnType<typeof pageOf>) => Promise<T[]>,
) {
  const page = pageOf(query);
  const segment = kind === 'offer' ? 'offers' : 'demands';
  const fetched = { ...page, limit: page.limit + 1 };
  const [rows, gone, total] = await Promise.all([
    fetch(fetched),
    repo.tombstonePage(db, kind, { ...fetched, publicStatuses: publicStatuses[kind] }),
    repo.harvestTotal(db, kind, { statuses: publicStatuses[kind], updatedSince: page.updatedSince }),
  ]);
  const merged: Array<{ row: T } | { gone: (typeof gone)[number] }> = [];
  let [i, j] = [0, 0];
  while (merged.length < fetched.limit && (i < rows.length || j < gone.length)) {
    if (j >= gone.length || (i < rows.length && before(rows[i]!, gone[j]!))) merged.push({ row: rows[i++]! });
    else merged.push({ gone: gone[j++]! });
  }
  const shown = merged.slice(0, page.limit);
  const items = shown.flatMap((m) => ('row' in m ? [m.row] : []));
  const removed = shown.flatMap((m) =>
    'gone' in m
      ? [
          {
            id: m.gone.id,
            url: `${baseUrl}/${segment}/${m.gone.id}`,
            updatedAt: m.gone.updatedAt,
            status: m.gone.mergedIntoId ? ('merged' as const) : ('withdrawn' as const),
            mergedIntoId: m.gone.mergedIntoId,
            mergedIntoUrl: m.gone.mergedIntoId ? `${baseUrl}/${segment}/${m.gone.mergedIntoId}` : null,
          },
        ]
      : [],
  );
  return {
    items: withUrls(items, (id) => `${baseUrl}/${segment}/${id}`),
    removed,
    total,
    nextCursor: nextAfter(
      merged.map((m) => ('row' in m ? m.row : m.gone)),
      page.limit,
    ),
    licence: licenceLine,
  };
}

/** A harvester's page of published offers changed since a time, oldest change first, with the tombstones of those withdrawn or merged. */
export async function harvestOffers(db: Db, baseUrl: string, query: HarvestQuery) {
  return withTombstones(db, 'offer', baseUrl, query, (page) => repo.offerPage(db, { ...page, statuses: publicStatuses.offer }));
}

export async function harvestDemands(db: Db, baseUrl: string, query: HarvestQuery) {
  return withTombstones(db, 'demand', baseUrl, query, (page) => repo.demandPage(db, { ...page, statuses: publicStatuses.demand }));
}

export async function harvestExperts(db: Db, baseUrl: string, query: HarvestQuery) {
  const page = pageOf(query);
  const [rows, total] = await Promise.all([
    repo.expertPage(db, { ...page, limit: page.limit + 1, statuses: publicStatuses.expert }),
    repo.harvestTotal(db, 'expert', { statuses: publicStatuses.expert, updatedSince: page.updatedSince }),
  ]);
  return harvested(rows, page.limit, total, (id) => `${baseUrl}/experts/${id}`);
}

/** A harvester's page of matchmaking events changed (or whose counts changed) since a time, oldest change first. */
export async function harvestEvents(db: Db, baseUrl: string, query: HarvestQuery) {
  const page = pageOf(query);
  const [rows, total] = await Promise.all([repo.eventPage(db, { ...page, limit: page.limit + 1 }), repo.eventTotal(db, page.updatedSince)]);
  return harvested(rows, page.limit, total, (id) => `${baseUrl}/events/${id}`);
}

/** What the open data holds, its licence, its limits and the bulk files with when they were made. */
export async function openDataIndex(db: Db, baseUrl: string, rateLimitPerMinute: number): Promise<OpenDataIndex> {
  const listing = new Map((await repo.bulkFileListing(db)).map((f) => [f.name, f]));
  return {
    licence: OPEN_DATA_LICENCE,
    rateLimitPerMinute,
    endpoints: [
      { path: '/api/open-data/offers', description: 'Published technology offers; updatedSince, cursor, limit' },
      { path: '/api/open-data/demands', description: 'Public part of open technology demands; updatedSince, cursor, limit' },
      { path: '/api/open-data/experts', description: 'Published expert profiles; updatedSince, cursor, limit' },
      {
        path: '/api/open-data/events',
        description: 'Matchmaking events: public fields, organisers, approved registrations and scheduled meetings; updatedSince, cursor, limit',
      },
      { path: '/api/open-data/statistics', description: 'The public statistics page’s figures; from, to, province, level' },
      { path: '/api/open-data/statistics/{figure}', description: 'One figure as CSV or JSON (format=csv|json)' },
      { path: '/api/open-data/bulk/{file}', description: 'Every public record and statistics cell, regenerated hourly in the background' },
    ],
    bulk: bulkFiles.map((name) => {
      const file = listing.get(name);
      return {
        name,
        url: `${baseUrl}/api/open-data/bulk/${name}`,
        records: file?.records ?? null,
        bytes: file?.bytes ?? null,
        generatedAt: file?.generatedAt.toISOString() ?? null,
      };
    }),
    dimensions: ['year', 'province', 'sector', 'channel', 'country'],
  };
}

/** Bulk files being written for a download, per database: who asks meanwhile waits for the same writing. */
const writing = new WeakMap<Db, Promise<void>>();

function writeBulkFilesOnce(db: Db, baseUrl: string): Promise<void> {
  let underway = writing.get(db);
  if (!underway) {
    underway = buildBulkFiles(db, baseUrl).finally(() => writing.delete(db));
    writing.set(db, underway);
  }
  return underway;
}

/**
 * One bulk file as the background job last wrote it. A deployment that has never run the job yet
 * (just installed, or jobs off) writes them now, once, rather than answering nothing: the first
 * visitors of a new server, who ask for several files at once, wait for one writing of them all
 * instead of each starting their own.
 */
export async function bulkDownload(db: Db, baseUrl: string, name: string) {
  let file = await repo.bulkFile(db, name);
  if (!file) {
    await writeBulkFilesOnce(db, baseUrl);
    file = await repo.bulkFile(db, name);
  }
  if (!file) throw new AppError('NOT_FOUND', { entity: 'bulk-file' });
  return file;
}

const WINDOW_MS = 60_000;

/** Counts a request of `client`; over `limit` in this minute it is refused with the seconds to wait. */
export async function countOpenDataRequest(db: Db, client: string, limit: number, now = new Date()) {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const count = await repo.countRequest(db, client, windowStart);
  // The first request of a window sweeps the windows before the last one.
  if (count === 1) await repo.forgetRateWindows(db, new Date(windowStart.getTime() - WINDOW_MS));
  if (count > limit) {
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000));
    throw new AppError('RATE_LIMITED', { retryAfterSeconds, limitPerMinute: limit });
  }
}
