import { assessmentEvidenceAccess } from '../assessment/assessment-evidence.js';
import { recordAccess } from '../catalogue/catalogue.service.js';
import { demandKind, expertKind, offerKind } from '../catalogue/kinds/index.js';
import type { OwnerAccessResolvers } from './attachment-owner.js';

/** Each module answers, kind by kind, who may see and change the files of its records. */
export const attachmentOwners: OwnerAccessResolvers = {
  offer: recordAccess(offerKind),
  demand: recordAccess(demandKind),
  expert: recordAccess(expertKind),
  assessment: assessmentEvidenceAccess,
};
