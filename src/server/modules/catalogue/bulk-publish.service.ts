import type { Db } from '../../../db/client.js';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import type { BulkPublishBody, BulkPublishResult } from '../../../shared/catalogue/moderation.schemas.js';
import { AppError } from '../../errors.js';
import type { AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { enqueueRematchBurst } from '../matching/rematch.job.js';
import { authorizeModeration } from './catalogue.policy.js';
import { kindsByType } from './kinds/index.js';
import { transitionRecord } from './record-workflow.service.js';

/**
 * Publishes the chosen records of the moderation queue, each in its own transaction with its own
 * audit entry and the same checks as one "publish"; a record that cannot be published is reported,
 * not fatal; one under the listing-quality threshold is returned to its author and counted apart. The published records are re-ranked in one job, whose new matches each
 * person hears of in one summary instead of one notice per match.
 */
export async function publishMany(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  body: BulkPublishBody,
  /** The listing-quality threshold: offers and demands under it are returned to their authors (null: none). */
  minQuality: number | null = null,
): Promise<BulkPublishResult> {
  authorizeModeration(actor);
  const published: BulkPublishResult['published'] = [];
  const returned: BulkPublishResult['returned'] = [];
  const failed: BulkPublishResult['failed'] = [];
  const byType = new Map<CatalogueType, string[]>();
  const seen = new Set<string>();
  for (const { type, id } of body.items) {
    if (seen.has(`${type}:${id}`)) continue;
    seen.add(`${type}:${id}`);
    try {
      const after = await transitionRecord(db, kindsByType[type], actor, id, 'publish', ctx, undefined, false, minQuality);
      if (after.status === 'returned') {
        returned.push({ type, id, status: after.status, returnReason: after.returnReason });
        continue;
      }
      published.push({ type, id, status: after.status });
      byType.set(type, [...(byType.get(type) ?? []), id]);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failed.push({ type, id, code: error.code });
    }
  }
  await enqueueRematchBurst(
    db,
    [...byType].map(([type, ids]) => ({ type, ids })),
    actor.userId,
  );
  return { published, returned, failed };
}
