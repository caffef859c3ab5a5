import type { OwnerAccessResolver } from '../attachments/attachment-owner.js';
import { isMemberOf } from '../auth/actor.js';
import { loadMethodology } from './assessment-methodologies.js';
import { canEditAssessment, canViewAssessment } from './assessment.policy.js';
import { findAssessment } from './assessment.repository.js';

/**
 * Who may see and change the evidence files of an assessment's answers (the attachments module
 * stores them, owner type `assessment`, one question id as each file's subject). The assessment's
 * policy decides: its enterprise's members, its province's connection point and the agency see them;
 * whoever may edit the answers adds and deletes while the assessment is a draft or returned.
 * Evidence is confidential like the answers. Only the enterprise's own members read it unrecorded:
 * a file opened by anyone else (its connection point's staff, the agency) is audited with the
 * question and the file, so the enterprise can be told who looked at its documents.
 */
export const assessmentEvidenceAccess: OwnerAccessResolver = async (db, actor, ownerId) => {
  const row = await findAssessment(db, ownerId);
  if (!row || !canViewAssessment(actor, row)) return null;
  const methodology = await loadMethodology(db, row.methodologyId);
  const questions = new Set(methodology?.criteria.flatMap((c) => c.questions.map((q) => q.id)) ?? []);
  return {
    organisationId: row.organisationId,
    canView: true,
    canEdit: canEditAssessment(actor, row),
    canSeeConfidential: true,
    ownerSide: !!actor && isMemberOf(actor, row.organisationId),
    readAudit: { action: 'assessment.evidence-read', thumbnails: false },
    subjects: questions,
    allConfidential: true,
    imagesAndPdfOnly: true,
  };
};
