import fs from 'node:fs';
import path from 'node:path';
import { openPglite, type Db } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { demands, offers } from '../db/schema/index.js';
import { loadGlossary } from '../seed/glossary.js';
import { loadReferenceData } from '../seed/reference-data.js';
import { baselineIndex, baselineRanking } from '../domain/matching/baseline.js';
import { evaluateRun, type RunMetrics } from '../domain/matching/metrics.js';
import { parseQrels } from '../domain/matching/qrels.js';
import { matchOffers } from '../server/modules/matching/matcher.js';
import { toMatchDemand, toMatchOffer } from '../server/modules/matching/matching.repository.js';
import { parseJsonLines } from '../shared/imports/parse-jsonl.js';
import type { InterchangeType, RejectedRow } from '../domain/interchange/interchange-records.js';
import { validateRows } from '../shared/imports/validate-rows.js';
import { loadInterchangeReference, provinceInputsOf } from '../server/modules/imports/interchange-reference.js';
import { upsertRecords, type RecordWrite } from '../server/modules/imports/imports.repository.js';
import { demandColumns, offerColumns } from '../server/modules/imports/record-columns.js';

/** Stored id → externalId of the records loaded, and the rows the interchange checks refused. */
export type LoadedFile = { externalIdOf: Map<string, string>; rejected: RejectedRow[] };

/**
 * Loads an evaluation file through the import path (same parsing, validation and columns as
 * `cli import`), visible to everyone: offers published, demands open.
 */
export async function loadInterchangeFile(db: Db, dir: string, type: InterchangeType): Promise<LoadedFile> {
  const { lines, rejected: unparsed } = parseJsonLines(fs.readFileSync(path.join(dir, `${type}.jsonl`), 'utf8'));
  const reference = await loadInterchangeReference(db, provinceInputsOf(lines.map((l) => l.value)));
  const { accepted, rejected } = validateRows(type, lines, reference);
  const now = new Date();
  const rows = accepted.map(({ record }) => ({
    ...(type === 'offers' ? offerColumns(record as never) : demandColumns(record as never)),
    externalId: record.externalId,
    status: type === 'offers' ? 'published' : 'open',
    publishedAt: now,
    moderatedBy: null,
    createdBy: null,
  })) as RecordWrite<typeof type>[];
  const externalIdOf = new Map<string, string>();
  for (let i = 0; i < rows.length; i += 500) {
    for (const stored of await upsertRecords(db, type, rows.slice(i, i + 500), 'externalId')) {
      externalIdOf.set(stored.id, stored.externalId ?? stored.id);
    }
  }
  return { externalIdOf, rejected: [...unparsed, ...rejected] };
}

export type DatasetEvaluation = {
  offers: number;
  demands: number;
  judged: number;
  rejected: Array<{ file: string; row: RejectedRow }>;
  techbridge: RunMetrics;
  bm25: RunMetrics;
};

/**
 * Loads offers.jsonl and demands.jsonl from `dir` into a fresh in-memory database, ranks the
 * offers for every demand with the product's matcher (the code behind
 * GET /api/demands/{id}/matches) and with plain BM25, and scores both against qrels.tsv.
 */
export async function evaluateDataset(dir: string): Promise<DatasetEvaluation> {
  const qrels = parseQrels(fs.readFileSync(path.join(dir, 'qrels.tsv'), 'utf8'));
  const database = await openPglite(null);
  try {
    await migrateDatabase(database);
    await database.db.transaction(async (tx) => {
      await loadReferenceData(tx);
      await loadGlossary(tx);
    });
    const offerFile = await loadInterchangeFile(database.db, dir, 'offers');
    const demandFile = await loadInterchangeFile(database.db, dir, 'demands');
    const offerRows = (await database.db.select().from(offers)).map(toMatchOffer);
    const demandRows = (await database.db.select().from(demands)).map(toMatchDemand);

    const plain = baselineIndex(offerRows);
    const external = (ids: string[]) => ids.map((id) => offerFile.externalIdOf.get(id) ?? id);
    const techbridge = new Map<string, string[]>();
    const bm25 = new Map<string, string[]>();
    for (const demand of demandRows) {
      const key = demandFile.externalIdOf.get(demand.id) ?? demand.id;
      const ranked = await matchOffers(database.db, demand, { statuses: ['published'], limit: 100 });
      techbridge.set(key, external(ranked.map((m) => m.id)));
      bm25.set(key, external(baselineRanking(plain, demand, 100)));
    }
    return {
      offers: offerRows.length,
      demands: demandRows.length,
      judged: qrels.size,
      rejected: [...offerFile.rejected.map((row) => ({ file: 'offers.jsonl', row })), ...demandFile.rejected.map((row) => ({ file: 'demands.jsonl', row }))],
      techbridge: evaluateRun(techbridge, qrels),
      bm25: evaluateRun(bm25, qrels),
    };
  } finally {
    await database.close();
  }
}
