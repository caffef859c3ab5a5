import type { Executor } from '../../../db/client.js';
import type { RecordRef } from '../../../domain/roadmaps/types.js';
import { AppError } from '../../errors.js';
import * as assessments from '../assessment/assessment.repository.js';
import { canViewAssessment } from '../assessment/assessment.policy.js';
import type { Actor } from '../auth/actor.js';
import { assertRecordVisible } from '../catalogue/catalogue.service.js';
import { demandKind, expertKind, offerKind } from '../catalogue/kinds/index.js';
import * as connections from '../connections/connections.repository.js';
import { connectionAccess } from '../connections/connections.policy.js';
import * as programmes from '../programmes/programmes.repository.js';
import { canViewTask } from '../programmes/programmes.policy.js';

/**
 * Whether someone may open a record a roadmap item is tied to. Each record's own module decides
 * (its policy, on its row); a roadmap never names to its reader what the reader could not open.
 */

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A demand, offer or expert: its own policy (a published one is public). */
async function catalogueVisible(check: () => Promise<void>) {
  try {
    await check();
    return true;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) return false;
    throw error;
  }
}

async function visible(db: Executor, actor: Actor | null, ref: RecordRef): Promise<boolean> {
  // An assessment criterion is named `<assessment id>:<criterion code>`; every other record by its uuid.
  const id = ref.kind === 'assessment-criterion' ? ref.id.slice(0, ref.id.indexOf(':')) : ref.id;
  if (!uuid.test(id)) return false;
  switch (ref.kind) {
    case 'demand':
      return catalogueVisible(() => assertRecordVisible(db, demandKind, actor, id));
    case 'offer':
      return catalogueVisible(() => assertRecordVisible(db, offerKind, actor, id));
    case 'expert':
      return catalogueVisible(() => assertRecordVisible(db, expertKind, actor, id));
    case 'connection': {
      const row = actor ? await connections.findConnection(db, id) : undefined;
      return !!actor && !!row && connectionAccess(actor, row).canView;
    }
    case 'task': {
      const found = await programmes.findTask(db, id);
      return !!found && canViewTask(actor, found.task);
    }
    case 'assessment-criterion': {
      const row = await assessments.findAssessment(db, id);
      return !!row && canViewAssessment(actor, row);
    }
  }
}

/** A reader's answers for many records, each record asked once. */
export function recordAccess(db: Executor, actor: Actor | null) {
  const known = new Map<string, Promise<boolean>>();
  return (ref: RecordRef): Promise<boolean> => {
    const key = `${ref.kind}:${ref.id}`;
    let answer = known.get(key);
    if (!answer) {
      answer = visible(db, actor, ref);
      known.set(key, answer);
    }
    return answer;
  };
}
