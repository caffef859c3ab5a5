import type { Db } from '../../../db/client.js';
import { draftDemand } from '../../../domain/assessment/demand-draft.js';
import { demandSchemas } from '../../../shared/catalogue/demand.schemas.js';
import type { Language } from '../../../shared/i18n/language.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { createRecord } from '../catalogue/catalogue.service.js';
import { demandKind } from '../catalogue/kinds/index.js';
import { weaknessForDemand } from './assessment.service.js';

/**
 * Drafts a technology demand of the enterprise from one weakness of its report (the domain's
 * demand draft): the assessment's figures go to the confidential part, the next step and the
 * criterion's keywords to the public part, so matching finds offers and experts for it.
 */
export async function draftDemandFromWeakness(db: Db, actor: Actor, ctx: AuditContext, lang: Language, id: string, criterion: string) {
  const { row, weakness, score, methodology } = await weaknessForDemand(db, actor, id, criterion);
  const draft = draftDemand(methodology, score, weakness);
  const input = demandSchemas.create.parse({
    language: lang,
    title: draft.title[lang],
    publicSummary: weakness.nextStep[lang],
    confidentialDetails: { problem: draft.problem[lang], desiredOutcome: draft.desiredOutcome[lang] },
    keywords: draft.keywords[lang],
    sectorCode: draft.sectorCode,
    ownerOrganisationId: row.organisationId,
  });
  return db.transaction(async (tx) => {
    const created = await createRecord(tx, demandKind, actor, ctx, input);
    await recordAudit(tx, ctx, {
      action: 'assessment.draft-demand',
      entityType: 'assessment',
      entityId: id,
      organisationId: row.organisationId,
      after: { demandId: created.id, criterion },
    });
    return { demandId: created.id };
  });
}
