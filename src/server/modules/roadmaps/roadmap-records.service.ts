import type { TaskStatus } from '../../../domain/programmes/task-states.js';
import type { Executor } from '../../../db/client.js';
import type { ConnectionStage } from '../../../domain/connections/stages.js';
import type { LinkedRecordState } from '../../../domain/roadmaps/linked-records.js';
import { liveStateLabel } from '../../../domain/roadmaps/live-state.js';
import { propagateStatus, type StatusChange } from '../../../domain/roadmaps/status-propagation.js';
import type { Roadmap, RecordRef } from '../../../domain/roadmaps/types.js';
import { recordAudit, systemContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { recordAccess } from './roadmap-record-access.js';
import * as repo from './roadmaps.repository.js';

/**
 * Items tied to TechBridge records: their live state, and the statuses those records carry
 * items to by themselves (a connection at contract → "in progress", transferred → "delivered").
 */

const ofKind = (doc: Roadmap, kind: RecordRef['kind']) => [
  ...new Set(doc.items.flatMap((item) => item.records.filter((r) => r.kind === kind).map((r) => r.id))),
];

/** What the domain reads of every record the roadmap's items are tied to. */
async function recordStates(db: Executor, doc: Roadmap): Promise<LinkedRecordState[]> {
  const demandIds = ofKind(doc, 'demand');
  const offerIds = ofKind(doc, 'offer');
  const connectionIds = ofKind(doc, 'connection');
  const expertIds = ofKind(doc, 'expert');
  const connections = await repo.connectionsFor(db, { connectionIds, demandIds, offerIds });
  const matched = await repo.matchCounts(db, { demandIds, offerIds, expertIds });
  const matchCount = (kind: string, id: string) => matched.get(`${kind}:${id}`) ?? 0;
  const stateOf = (c: repo.ConnectionFacts) => ({ id: c.id, stage: c.stage as ConnectionStage });
  const states: LinkedRecordState[] = [];
  for (const id of connectionIds) {
    const c = connections.find((row) => row.id === id);
    if (c) states.push({ kind: 'connection', ...stateOf(c) });
  }
  for (const id of demandIds)
    states.push({ kind: 'demand', id, matchCount: matchCount('demand', id), connections: connections.filter((c) => c.demandId === id).map(stateOf) });
  for (const id of offerIds)
    states.push({ kind: 'offer', id, matchCount: matchCount('offer', id), connections: connections.filter((c) => c.offerId === id).map(stateOf) });
  for (const id of expertIds) states.push({ kind: 'expert', id, matchCount: matchCount('expert', id), connections: [] });
  for (const task of await repo.taskStates(db, ofKind(doc, 'task'))) states.push({ kind: 'task', id: task.id, state: task.status as TaskStatus });
  for (const id of ofKind(doc, 'assessment-criterion')) states.push({ kind: 'assessment-criterion', id });
  return states;
}

/**
 * Per item, its records with a title and their live state label (matched, connected, MoU, contract,
 * transferred…), only those the reader may open: a published roadmap does not show a draft demand's
 * title or a private connection's stage to the public (the items' statuses stay as they are).
 */
export async function liveStates(db: Executor, doc: Roadmap, reader: Actor | null) {
  const mayOpen = recordAccess(db, reader);
  const shown = new Set<string>();
  for (const ref of doc.items.flatMap((item) => item.records)) if (await mayOpen(ref)) shown.add(`${ref.kind}:${ref.id}`);
  const states = await recordStates(db, doc);
  const byKey = new Map(states.map((s) => [`${s.kind}:${s.id}`, s]));
  const titles = new Map<string, string>();
  for (const kind of ['demand', 'offer', 'expert'] as const) {
    for (const row of await repo.recordTitles(db, kind, ofKind(doc, kind))) titles.set(`${kind}:${row.id}`, row.title ?? '');
  }
  for (const row of await repo.taskStates(db, ofKind(doc, 'task'))) titles.set(`task:${row.id}`, row.title);
  return Object.fromEntries(
    doc.items.map((item) => [
      item.id,
      item.records
        .filter((r) => shown.has(`${r.kind}:${r.id}`))
        .map((r) => {
          const state = byKey.get(`${r.kind}:${r.id}`);
          return { kind: r.kind, id: r.id, title: titles.get(`${r.kind}:${r.id}`) ?? null, state: state ? liveStateLabel(state) : 'none' };
        }),
    ]),
  );
}

/** The status changes the items' records call for, applied to the document. */
async function propagate(db: Executor, doc: Roadmap): Promise<{ doc: Roadmap; changes: StatusChange[] }> {
  const states = await recordStates(db, doc);
  const changes = doc.items.map((item) => propagateStatus(item, states)).filter((c) => c !== null);
  if (changes.length === 0) return { doc, changes };
  const to = new Map(changes.map((c) => [c.itemId, c.to]));
  return { doc: { ...doc, items: doc.items.map((item) => (to.has(item.id) ? { ...item, status: to.get(item.id) ?? item.status } : item)) }, changes };
}

async function recordChanges(tx: Executor, roadmapId: string, changes: StatusChange[], actorId: string | null) {
  await repo.insertItemEvents(
    tx,
    changes.map((c) => ({ roadmapId, itemId: c.itemId, fromStatus: c.from, toStatus: c.to, cause: { ...c.cause }, actorId })),
  );
}

/** Inside an edit's transaction: items whose records already call for a further status move, with their history. */
export async function propagateFromRecords(tx: Executor, doc: Roadmap, actorId: string | null): Promise<Roadmap> {
  const result = await propagate(tx, doc);
  await recordChanges(tx, doc.id, result.changes, actorId);
  return result.doc;
}

/**
 * Called by the connections module inside the transaction that moves a connection's stage: every
 * roadmap item tied to the connection, or to its demand or offer, follows it (history entry with
 * the connection as cause, audit entry as the system). Same transaction, so the stage and the
 * items never disagree, and the roadmap shows it at once — no job to wait for.
 */
export async function followConnectionStage(tx: Executor, connection: { id: string; demandId: string | null; offerId: string | null }) {
  const keys = [{ kind: 'connection', id: connection.id }];
  if (connection.demandId) keys.push({ kind: 'demand', id: connection.demandId });
  if (connection.offerId) keys.push({ kind: 'offer', id: connection.offerId });
  await followRecords(tx, keys);
}

/** Called by the programmes module inside the transaction that moves a task: items tied to it follow, as for connections. */
export async function followTaskState(tx: Executor, taskId: string) {
  await followRecords(tx, [{ kind: 'task', id: taskId }]);
}

async function followRecords(tx: Executor, keys: Array<{ kind: string; id: string }>) {
  for (const row of await repo.roadmapsTiedTo(tx, keys)) {
    const { doc, changes } = await propagate(tx, row.document);
    if (changes.length === 0) continue;
    const saved = await repo.saveRoadmap(tx, row.id, row.version, { document: doc });
    if (!saved) continue;
    await recordChanges(tx, row.id, changes, null);
    await recordAudit(tx, systemContext, {
      action: 'roadmap.item.status-from-record',
      entityType: 'roadmap',
      entityId: row.id,
      organisationId: row.ownerOrganisationId,
      after: { changes: changes.map((c) => ({ itemId: c.itemId, from: c.from, to: c.to, cause: c.cause })) },
    });
  }
}
