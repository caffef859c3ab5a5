import type { z } from 'zod';
import type { Db, Executor } from '../../../db/client.js';
import { checkAgreement, stageOfAgreement } from '../../../domain/connections/agreement-rules.js';
import { decideStage, type ConnectionStage, type ProgressStage } from '../../../domain/connections/stages.js';
import type { AgreementCreateBody } from '../../../shared/connections/connections.schemas.js';
import { AppError, FieldError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { assertReferenceCodes } from '../reference/reference.service.js';
import { claimBroker } from './broker-claim.js';
import { applyStage } from './apply-stage.js';
import { describeConnection } from './connection-view.js';
import { connectionAccess } from './connections.policy.js';
import * as repo from './connections.repository.js';
import { vietnamToday } from '../../../shared/i18n/vietnam-time.js';

type AgreementBody = z.infer<typeof AgreementCreateBody>;

async function validateAgreement(db: Executor, body: AgreementBody) {
  const problems = checkAgreement(body, vietnamToday());
  if (problems.length) throw new FieldError(problems);
  if (body.transferRight) await assertReferenceCodes(db, 'transfer-right', [body.transferRight], 'transferRight');
  await assertReferenceCodes(db, 'transfer-form', body.transferForms, 'transferForms');
  await assertReferenceCodes(db, 'transfer-mode', body.transferModes, 'transferModes');
  await assertReferenceCodes(db, 'contract-content', body.checklist, 'checklist');
}

/**
 * Records an MoU or contract on a connection. When the agreement is the connection's next
 * step (an MoU after a meeting, a contract after an MoU), the connection moves to it.
 */
export async function recordAgreement(db: Db, actor: Actor, ctx: AuditContext, connectionId: string, body: AgreementBody) {
  return db.transaction(async (tx) => {
    const row = await repo.findConnection(tx, connectionId);
    if (!row) throw new AppError('NOT_FOUND', { entity: 'connection' });
    const access = connectionAccess(actor, row);
    if (!access.canView) throw new AppError('NOT_FOUND', { entity: 'connection' });
    if (!access.canRecordAgreement) throw new AppError('FORBIDDEN', { reason: 'not_allowed_for_stage' });
    await validateAgreement(tx, body);
    const agreement = await repo.insertAgreement(tx, {
      ...body,
      title: body.title.normalize('NFC'),
      connectionId,
      eventId: body.eventId ?? row.eventId,
      provinceCode: row.provinceCode,
      legacyProvinceCode: row.legacyProvinceCode,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'agreement.create',
      entityType: 'agreement',
      entityId: agreement.id,
      organisationId: row.seekerOrganisationId,
      after: agreement,
    });

    let current = row;
    const target = stageOfAgreement(body.kind);
    const decision = target ? decideStage({ stage: row.stage as ConnectionStage, resumeStage: row.resumeStage as ProgressStage | null }, target) : null;
    if (target && decision?.ok) {
      current = await applyStage(tx, actor, ctx, row, decision.next, {
        occurredOn: body.signedOn,
        note: body.title,
        auditExtra: { agreementId: agreement.id },
      });
    } else {
      await repo.touchConnection(tx, row.id);
    }
    return describeConnection(tx, actor, await claimBroker(tx, actor, ctx, current));
  });
}
