import type { Executor } from '../../../db/client.js';
import type { StageState } from '../../../domain/connections/stages.js';
import { stageLabels } from '../../../shared/connections/stage-labels.js';
import { AppError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { adjustRollup } from '../reports/connection-rollup.repository.js';
import { followConnectionStage } from '../roadmaps/roadmap-records.service.js';
import { notifyParties } from './connection-view.js';
import * as repo from './connections.repository.js';

/**
 * Writes a decided stage change: the row (compare-and-set on version), its history entry, the
 * dashboard rollup, the audit entry, the parties' notifications and the roadmap items tied to it —
 * all in the caller's transaction.
 */
export async function applyStage(
  tx: Executor,
  actor: Actor | null,
  ctx: AuditContext,
  row: repo.ConnectionRow,
  next: StageState,
  details: { occurredOn: string; note: string | null; auditExtra?: Record<string, unknown> },
) {
  const moved = await repo.updateConnection(tx, row.id, row.version, { stage: next.stage, resumeStage: next.resumeStage, stageChangedAt: new Date() });
  if (!moved) throw new AppError('VERSION_CONFLICT', { changedFields: ['stage'] });
  await repo.insertStageEvent(tx, {
    connectionId: row.id,
    fromStage: row.stage,
    toStage: next.stage,
    occurredOn: details.occurredOn,
    note: details.note,
    actorId: actor?.userId ?? null,
  });
  await adjustRollup(tx, row, -1);
  await adjustRollup(tx, moved, 1);
  await recordAudit(tx, ctx, {
    action: `connection.stage.${next.stage}`,
    entityType: 'connection',
    entityId: row.id,
    organisationId: row.seekerOrganisationId,
    before: { stage: row.stage },
    after: { stage: next.stage, note: details.note, ...details.auditExtra },
  });
  const label = stageLabels[next.stage];
  const kind =
    next.stage === 'accepted'
      ? 'connection.accepted'
      : next.stage === 'declined'
        ? 'connection.declined'
        : next.stage === 'stalled'
          ? 'connection.stalled'
          : 'connection.stage';
  await notifyParties(tx, actor, moved, { kind, params: { stageVi: label.vi, stageEn: label.en } });
  // Roadmap items tied to this connection (or its demand or offer) follow it in the same transaction.
  await followConnectionStage(tx, moved);
  return moved;
}
