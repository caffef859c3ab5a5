import type { z } from 'zod';
import type { Db } from '../../../db/client.js';
import type { RoadmapComparison, SnapshotListQuery } from '../../../shared/roadmaps/roadmaps.schemas.js';
import { fold } from '../../../domain/text/fold.js';
import { diffRoadmaps } from '../../../domain/roadmaps/diff.js';
import { exportRoadmap, parseRoadmapDocument } from '../../../domain/roadmaps/interchange/roadmap-document.js';
import { takeSnapshot } from '../../../domain/roadmaps/snapshot.js';
import type { Roadmap } from '../../../domain/roadmaps/types.js';
import type { Language } from '../../../shared/i18n/language.js';
import { AppError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { issuesError, valueOf } from './roadmap-issues.js';
import { authorizeEditRoadmap } from './roadmaps.policy.js';
import * as repo from './roadmaps.repository.js';
import { importRoadmap, loadRoadmap } from './roadmaps.service.js';

/** Snapshots (named, read-only), comparisons, and the JSON document in and out. */

/** Freezes the current roadmap under a name. */
export async function createSnapshot(db: Db, actor: Actor, ctx: AuditContext, lang: Language, roadmapId: string, name: string) {
  return db.transaction(async (tx) => {
    const { row, facts } = await loadRoadmap(tx, actor, roadmapId);
    authorizeEditRoadmap(actor, facts);
    const snapshot = valueOf(takeSnapshot(row.document, { id: 'pending', name, takenAt: new Date().toISOString() }), lang);
    const saved = await repo.insertSnapshot(tx, { roadmapId, name: snapshot.name, document: row.document, takenBy: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'roadmap.snapshot',
      entityType: 'roadmap',
      entityId: roadmapId,
      organisationId: row.ownerOrganisationId,
      after: { snapshotId: saved.id, name: saved.name },
    });
    return { id: saved.id, name: saved.name, takenAt: saved.takenAt.toISOString() };
  });
}

export async function listSnapshots(db: Db, actor: Actor | null, roadmapId: string, query: z.infer<typeof SnapshotListQuery>) {
  await loadRoadmap(db, actor, roadmapId);
  const { rows, total, nextCursor } = await repo.listSnapshots(db, roadmapId, {
    foldedQuery: query.q ? fold(query.q) : undefined,
    cursor: query.cursor,
    limit: query.limit,
  });
  return { items: rows.map((r) => ({ id: r.id, name: r.name, takenAt: r.takenAt.toISOString() })), total, nextCursor };
}

async function snapshotOf(db: Db, roadmapId: string, id: string) {
  const row = await repo.findSnapshot(db, roadmapId, id);
  if (!row) throw new AppError('NOT_FOUND', { entity: 'roadmap-snapshot' });
  return row;
}

export async function getSnapshot(db: Db, actor: Actor | null, roadmapId: string, id: string) {
  await loadRoadmap(db, actor, roadmapId);
  const row = await snapshotOf(db, roadmapId, id);
  return { id: row.id, name: row.name, takenAt: row.takenAt.toISOString(), roadmap: row.document };
}

/** What changed from one snapshot to another, or to the current state. */
export async function compareSnapshots(db: Db, actor: Actor | null, roadmapId: string, from: string, to: string) {
  const { row } = await loadRoadmap(db, actor, roadmapId);
  const before = (await snapshotOf(db, roadmapId, from)).document;
  const after = to === 'current' ? row.document : (await snapshotOf(db, roadmapId, to)).document;
  // The diff's lists are frozen views of the documents; the response schema reads them as plain data.
  return diffRoadmaps(before, after) as unknown as z.infer<typeof RoadmapComparison>;
}

/** The roadmap (or one of its snapshots) as the interchange document, ids kept. */
export async function roadmapDocument(
  db: Db,
  actor: Actor | null,
  roadmapId: string,
  snapshotId?: string,
  lang: Language = 'vi',
): Promise<{ doc: Roadmap; name: string }> {
  const { row } = await loadRoadmap(db, actor, roadmapId);
  const title = row.document.title;
  if (!snapshotId) return { doc: row.document, name: title[lang] || title[lang === 'vi' ? 'en' : 'vi'] };
  const snapshot = await snapshotOf(db, roadmapId, snapshotId);
  return { doc: snapshot.document, name: snapshot.name };
}

export async function exportJson(db: Db, actor: Actor | null, roadmapId: string, snapshotId?: string) {
  return exportRoadmap((await roadmapDocument(db, actor, roadmapId, snapshotId)).doc);
}

/** A roadmap made elsewhere brought in whole: every rule checked first, so a bad file writes nothing. */
export async function importJson(db: Db, actor: Actor, ctx: AuditContext, lang: Language, document: unknown) {
  const parsed = parseRoadmapDocument(document);
  if (!parsed.ok) throw issuesError(parsed.issues, lang);
  return importRoadmap(db, actor, ctx, lang, parsed.value);
}
