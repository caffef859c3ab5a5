import type { CatalogueType } from '../../../../shared/catalogue/catalogue.schemas.js';
import type { RecordKind } from '../record-kind.js';
import { expertKind } from './expert.kind.js';
import { offerKind } from './offer.kind.js';

/** Every kind of catalogue record by its type. */
export const kindsByType: { [T in CatalogueType]?: RecordKind<T> } = { offer: offerKind, expert: expertKind };

/** The kinds in the order their routes are registered. */
export const recordKinds = [offerKind, expertKind] as const;
export { expertKind, offerKind };
