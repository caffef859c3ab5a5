import type { CatalogueType } from '../../../../shared/catalogue/catalogue.schemas.js';
import type { RecordKind } from '../record-kind.js';
import { demandKind } from './demand.kind.js';
import { expertKind } from './expert.kind.js';
import { offerKind } from './offer.kind.js';

/** Every kind of catalogue record by its type. */
export const kindsByType: { [T in CatalogueType]: RecordKind<T> } = { offer: offerKind, demand: demandKind, expert: expertKind };
export { demandKind, expertKind, offerKind };
