import { demandAccess } from '../demands/demands.service.js';
import { recordAccess } from '../catalogue/catalogue.service.js';
import { expertKind } from '../catalogue/kinds/index.js';
import { offerAccess } from '../offers/offers.service.js';
import type { OwnerAccessResolvers } from './attachment-owner.js';

/** Each catalogue module answers who may see and change the files of its records. */
export const attachmentOwners: OwnerAccessResolvers = { offer: offerAccess, demand: demandAccess, expert: recordAccess(expertKind) };
