import type { Db, Tx } from '../../../db/client.js';
import type { InterchangeRecord, InterchangeType, RejectedRow } from '../../../domain/interchange/interchange-records.js';
import type { ParsedLine } from '../../../shared/imports/parse-jsonl.js';
import { issueOf } from '../../../shared/imports/validate-record.js';
import { validateRows, type AcceptedRow } from '../../../shared/imports/validate-rows.js';
import type { ImportReport, InterchangeFormat } from '../../../shared/imports/import.schemas.js';
import { recordAudits, type AuditChange, type AuditContext } from '../audit/audit.service.js';
import { duplicatesOfWritten } from '../duplicates/duplicates.service.js';
import { qualityNotes } from '../catalogue/listing-quality.js';
import { QUALITY_THRESHOLD } from '../../../domain/catalogue/listing-quality.js';
import { enqueueRematch } from '../matching/rematch.job.js';
import { importedStatus, mayWriteProvince, type Operator } from './imports.policy.js';
import { findByExternalIds, upsertRecords, type RecordWrite, type StoredRecord } from './imports.repository.js';
import { loadInterchangeReference, provinceInputsOf } from './interchange-reference.js';
import { keepStoredDetail } from './keep-stored-detail.js';
import { columnOfField } from '../../../domain/interchange/sheet-columns.js';
import { demandColumns, offerColumns, pickColumns, sameColumns, type RecordColumns } from './record-columns.js';

export type ImportProgress = (done: number, total: number) => Promise<void>;
/** `headers`: a spreadsheet's column headers by field, as written (JSON Lines has none: its keys are the fields). */
export type ParsedFile = { lines: ParsedLine[]; rejected: RejectedRow[]; headers?: Record<string, string> };
type Counts = Pick<ImportReport, 'imported' | 'updated' | 'unchanged'> & {
  rejected: RejectedRow[];
  written: string[];
  externalIds: Map<string, string | null>;
};
/**
 * `publish`: new records go public at once instead of into moderation.
 * `ownerOrganisationId`: the organisation that owns the records a file creates (the importer's, or one they named).
 */
export type ImportOptions = {
  publish?: boolean;
  ownerOrganisationId?: string | null;
  progress?: ImportProgress;
  /** The publication threshold in force (config `publishMinQuality`): records under it are listed as weak; null or absent: the default threshold. */
  minQuality?: number | null;
};
type BatchOptions = { publish: boolean; ownerOrganisationId: string | null };

/** Rows per transaction: large enough for few round trips, small enough to keep locks short. */
export const IMPORT_BATCH_SIZE = 500;
const entityOf = { offers: 'offer', demands: 'demand' } as const;

function columnsOf<T extends InterchangeType>(type: T, record: InterchangeRecord<T>): RecordColumns<T> {
  return (type === 'offers' ? offerColumns(record as InterchangeRecord<'offers'>) : demandColumns(record as InterchangeRecord<'demands'>)) as RecordColumns<T>;
}

/** Classifies one batch against what is stored, then writes it in at most two statements plus one audit insert. */
async function importBatch<T extends InterchangeType>(
  tx: Tx,
  operator: Operator,
  audit: AuditContext,
  type: T,
  { publish, ownerOrganisationId }: BatchOptions,
  batch: AcceptedRow<T>[],
  counts: Counts,
) {
  const stored = await findByExternalIds(
    tx,
    type,
    batch.map((row) => row.record.externalId),
  );
  const byKey = new Map<string, StoredRecord>(stored.map((row) => [row.externalId ?? row.id, row]));
  const inserts: RecordWrite<T>[] = [];
  const updates: RecordWrite<T>[] = [];
  const before = new Map<string, StoredRecord>();
  const now = new Date();
  for (const { line, record } of batch) {
    const existing = byKey.get(record.externalId);
    const columns = existing ? keepStoredDetail(type, existing, columnsOf(type, record)) : columnsOf(type, record);
    const provinceCode = (columns as { provinceCode: string | null }).provinceCode;
    if (!mayWriteProvince(operator, provinceCode) || (existing && !mayWriteProvince(operator, existing.provinceCode))) {
      counts.rejected.push({ line, externalId: record.externalId, issues: [issueOf('province', 'province_not_covered')] });
    } else if (!existing) {
      const status = importedStatus(type, publish);
      const publication = publish ? { publishedAt: now, moderatedBy: audit.actorId } : { publishedAt: null, moderatedBy: null };
      inserts.push({ ...columns, externalId: record.externalId, status, ...publication, createdBy: audit.actorId, ownerOrganisationId });
    } else if (sameColumns(type, existing, columns)) {
      counts.unchanged++;
    } else {
      const kept = existing as StoredRecord & Pick<RecordWrite<T>, 'status' | 'publishedAt' | 'moderatedBy' | 'createdBy'>;
      updates.push({
        ...columns,
        id: existing.id,
        externalId: record.externalId,
        status: kept.status,
        publishedAt: kept.publishedAt,
        moderatedBy: kept.moderatedBy,
        createdBy: kept.createdBy,
      });
      before.set(existing.id, existing);
    }
  }
  const created = await upsertRecords(tx, type, inserts, 'externalId');
  await upsertRecords(tx, type, updates, 'id');
  counts.imported += created.length;
  counts.updated += updates.length;

  const entityType = entityOf[type];
  const afterOf = new Map([...inserts, ...updates].map((row) => [row.externalId, pickColumns(type, row)]));
  const changes: AuditChange[] = [
    ...created.map((row) => ({
      action: `${entityType}.import-create`,
      entityType,
      entityId: row.id,
      after: { externalId: row.externalId, ...afterOf.get(row.externalId ?? '') },
    })),
    ...updates.map((row) => ({
      action: `${entityType}.import-update`,
      entityType,
      entityId: row.id ?? '',
      before: pickColumns(type, before.get(row.id ?? '') ?? {}),
      after: pickColumns(type, row),
    })),
  ];
  await recordAudits(tx, audit, changes);
  counts.written.push(...[...created.map((row) => row.id), ...updates.map((row) => row.id ?? '')].filter(Boolean));
  for (const row of [...created, ...updates]) if (row.id) counts.externalIds.set(row.id, row.externalId ?? null);
}

/**
 * Validates parsed rows and writes the good ones in batches, each batch in its own transaction
 * with its audit entries. Idempotent by externalId: a second run finds every row unchanged.
 */
export async function importParsedRows<T extends InterchangeType>(
  db: Db,
  operator: Operator,
  audit: AuditContext,
  type: T,
  format: InterchangeFormat,
  parsed: ParsedFile,
  { publish = false, ownerOrganisationId = null, progress, minQuality = null }: ImportOptions = {},
): Promise<ImportReport> {
  const reference = await loadInterchangeReference(db, provinceInputsOf(parsed.lines.map((l) => l.value)));
  const { accepted, rejected } = validateRows(type, parsed.lines, reference);
  const counts: Counts = { imported: 0, updated: 0, unchanged: 0, rejected: [...parsed.rejected, ...rejected], written: [], externalIds: new Map() };
  // Progress counts every row of the file: the refused ones are done as soon as they are checked.
  const rows = parsed.lines.length + parsed.rejected.length;
  const checked = rows - accepted.length;
  await progress?.(checked, rows);
  try {
    for (let start = 0; start < accepted.length; start += IMPORT_BATCH_SIZE) {
      const batch = accepted.slice(start, start + IMPORT_BATCH_SIZE);
      await db.transaction((tx) => importBatch(tx, operator, audit, type, { publish, ownerOrganisationId }, batch, counts));
      await progress?.(checked + Math.min(start + IMPORT_BATCH_SIZE, accepted.length), rows);
    }
  } finally {
    // One re-ranking for the whole file, whose new matches each person hears of in one summary;
    // queued also when a later batch failed, for the batches already written.
    await enqueueRematch(db, entityOf[type], counts.written, audit.actorId, { summary: true });
  }
  counts.rejected.sort((a, b) => a.line - b.line);
  const rejectedRows = counts.rejected.map((row) => ({
    ...row,
    issues: row.issues.map((issue) => ({ ...issue, column: columnOfField(type, issue.field, parsed.headers) })),
  }));
  const { imported, updated, unchanged } = counts;
  // Imported records are checked for duplicates like those entered by hand; the report lists them for review.
  const likelyDuplicates = (await duplicatesOfWritten(db, operator, entityOf[type], counts.written)).map((d) => ({
    ...d,
    externalId: counts.externalIds.get(d.id) ?? null,
  }));
  // Scored like those written by hand: the report lists the ones under the publication threshold, with what they miss.
  const notes = await qualityNotes(
    db,
    counts.written.map((id) => ({ type: entityOf[type], id })),
    minQuality ?? QUALITY_THRESHOLD,
  );
  const weakListings = [...notes]
    .filter(([, note]) => !note.publishable)
    .map(([id, { score, missing }]) => ({ id, externalId: counts.externalIds.get(id) ?? null, score, missing }))
    .sort((a, b) => a.score - b.score || (a.externalId ?? a.id).localeCompare(b.externalId ?? b.id));
  return { type, format, rows, imported, updated, unchanged, rejected: rejectedRows, likelyDuplicates, weakListings };
}
