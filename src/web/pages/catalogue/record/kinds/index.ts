import { demandKind } from './demand.kind.js';
import { expertKind } from './expert.kind.js';
import { offerKind } from './offer.kind.js';
import type { WebRecordKind } from './record-kind.js';

/** Every kind of catalogue record the web shows, in menu order. */
export const recordKinds: WebRecordKind[] = [offerKind, demandKind, expertKind];
