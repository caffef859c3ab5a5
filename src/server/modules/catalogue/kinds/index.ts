import type { CatalogueType } from '../../../../shared/catalogue/catalogue.schemas.js';
import type { RecordKind } from '../record-kind.js';
import { expertKind } from './expert.kind.js';

/** Every kind of catalogue record by its type. */
export const kindsByType: { [T in CatalogueType]?: RecordKind<T> } = { expert: expertKind };

/** The kinds in the order their routes are registered. */
export const recordKinds = [expertKind] as const;
export { expertKind };
