import { demandAccess } from '../demands/demands.service.js';
import { recordAccess } from '../catalogue/catalogue.service.js';
import { expertKind, offerKind } from '../catalogue/kinds/index.js';
import type { OwnerAccessResolvers } from './attachment-owner.js';

/** Each catalogue module answers who may see and change the files of its records. */
export const attachmentOwners: OwnerAccessResolvers = { offer: recordAccess(offerKind), demand: demandAccess, expert: recordAccess(expertKind) };
