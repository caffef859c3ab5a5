import type { Db } from '../../../db/client.js';
import { csvLine } from '../../../domain/open-data/csv.js';
import type { HarvestCursor } from '../../../domain/open-data/cursor.js';
import type { JobRun } from '../../jobs/job-worker.js';
import { enqueueJob } from '../../jobs/job-queue.js';
import * as repo from './open-data.repository.js';
import { publicStatuses } from './public-records.js';

export const OPEN_DATA_BULK_JOB = 'open-data.bulk';
const BATCH = 1000;

type Row = { id: string; cursorStamp: string } & Record<string, unknown>;
type Pager = (cursor: HarvestCursor | null) => Promise<Row[]>;

/** Writes one kind's JSONL and CSV from every public record, a thousand at a time. */
async function writeRecords(db: Db, kind: 'offers' | 'demands' | 'experts' | 'events', pager: Pager, url: (id: string) => string) {
  const jsonl: string[] = [];
  const csv: string[] = [];
  let columns: string[] | null = null;
  let cursor: HarvestCursor | null = null;
  let count = 0;
  for (;;) {
    const rows = await pager(cursor);
    for (const { cursorStamp: _stamp, ...row } of rows) {
      const record = { ...row, url: url(row.id) };
      columns ??= Object.keys(record);
      if (csv.length === 0) csv.push(`\uFEFF${csvLine(columns)}`);
      jsonl.push(`${JSON.stringify(record)}\n`);
      csv.push(csvLine(columns.map((c) => (record as Record<string, unknown>)[c])));
      count += 1;
    }
    if (rows.length < BATCH) break;
    const last = rows.at(-1)!;
    cursor = { updatedAt: last.cursorStamp, id: last.id };
  }
  await repo.saveBulkFile(db, `${kind}.jsonl`, 'application/x-ndjson; charset=utf-8', Buffer.from(jsonl.join(''), 'utf8'), count);
  await repo.saveBulkFile(db, `${kind}.csv`, 'text/csv; charset=utf-8', Buffer.from(csv.join('') || '\uFEFF\r\n', 'utf8'), count);
}

function cellsCsv<T extends Record<string, unknown>>(rows: T[], columns: Array<keyof T & string>): Buffer {
  return Buffer.from(`\uFEFF${csvLine(columns)}${rows.map((r) => csvLine(columns.map((c) => r[c]))).join('')}`, 'utf8');
}

/** Rewrites every bulk file: public records (public columns only) and the statistics cells. */
export async function buildBulkFiles(db: Db, baseUrl: string) {
  const page = (cursor: HarvestCursor | null) => ({ updatedSince: null, cursor, limit: BATCH });
  await writeRecords(
    db,
    'offers',
    (c) => repo.offerPage(db, { ...page(c), statuses: publicStatuses.offer }),
    (id) => `${baseUrl}/offers/${id}`,
  );
  await writeRecords(
    db,
    'demands',
    (c) => repo.demandPage(db, { ...page(c), statuses: publicStatuses.demand }),
    (id) => `${baseUrl}/demands/${id}`,
  );
  await writeRecords(
    db,
    'experts',
    (c) => repo.expertPage(db, { ...page(c), statuses: publicStatuses.expert }),
    (id) => `${baseUrl}/experts/${id}`,
  );
  await writeRecords(
    db,
    'events',
    (c) => repo.eventPage(db, page(c)),
    (id) => `${baseUrl}/events/${id}`,
  );
  const cells = await repo.statisticsCells(db);
  const type = 'text/csv; charset=utf-8';
  await repo.saveBulkFile(
    db,
    'statistics-connections.csv',
    type,
    cellsCsv(cells.connections, ['year', 'province', 'legacyProvince', 'channel', 'partnerCountry', 'sector', 'stage', 'resumeStage', 'count']),
    cells.connections.length,
  );
  await repo.saveBulkFile(
    db,
    'statistics-agreements.csv',
    type,
    cellsCsv(cells.agreements, ['year', 'province', 'legacyProvince', 'channel', 'partnerCountry', 'sector', 'kind', 'count', 'valueVnd']),
    cells.agreements.length,
  );
  await repo.saveBulkFile(
    db,
    'statistics-collected.csv',
    type,
    cellsCsv(cells.collected, ['kind', 'year', 'province', 'legacyProvince', 'country', 'sector', 'count']),
    cells.collected.length,
  );
  await repo.saveBulkFile(
    db,
    'statistics-events.csv',
    type,
    cellsCsv(cells.events, ['year', 'province', 'legacyProvince', 'kind', 'events', 'registrations', 'meetings']),
    cells.events.length,
  );
}

/** The background job that regenerates the bulk download (queued hourly by the server). */
export async function runBulkJob(run: JobRun) {
  await buildBulkFiles(run.db, run.config.baseUrl);
  return { ok: true };
}

/** Queues a regeneration unless one is already waiting. */
export async function enqueueBulkRegeneration(db: Db) {
  if (await repo.bulkJobWaiting(db, OPEN_DATA_BULK_JOB)) return;
  await enqueueJob(db, OPEN_DATA_BULK_JOB, {}, null);
}
