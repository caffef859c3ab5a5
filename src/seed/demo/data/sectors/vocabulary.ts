import type { DealType } from '../../../../domain/interchange/transfer-deal-types.js';
import type { SectorKey } from '../types.js';

/** Commercial deal types of the interchange format (DESIGN.md §5). */
export type TransferForm = DealType;
export type IpStatus = 'patent' | 'utility-solution' | 'pending' | 'know-how' | 'none';

/**
 * One technology a supplier offers. `{p}` in the texts is replaced by each of `variants`
 * (a product, crop or material), so one template yields one offer per variant.
 */
export type OfferTemplate = {
  title: string;
  summary: string;
  details: string[];
  keywords: string[];
  variants?: string[];
  trl: number;
  forms: TransferForm[];
  /** Million VND; null means negotiable. */
  price: number | null;
  ip: IpStatus;
  fields?: string[];
};

/** One need an enterprise states: public part and confidential details, with `{p}` variants. */
export type DemandTemplate = {
  title: string;
  summary: string;
  problem: string;
  currentProcess: string;
  targets: string;
  keywords: string[];
  variants?: string[];
  minTrl: number;
  /** Million VND; null when the enterprise does not state a budget. */
  budget: number | null;
  forms: TransferForm[];
  /** Countries whose technology the enterprise would look for abroad. */
  seekAbroad?: string[];
  fields?: string[];
  /** Demo organisation key when the need belongs to one enterprise in particular (its demo account shows it). */
  owner?: string;
  /** Owners by variant (same order), when each variant names another industry's need. */
  variantOwners?: string[];
  /** Status of a pinned demand, so the demo accounts find one open, one draft and one waiting for moderation. */
  pinnedStatus?: 'open' | 'draft' | 'submitted';
};

export type SectorVocabulary = {
  key: SectorKey;
  vsic: string;
  fields: string[];
  offers: OfferTemplate[];
  demands: DemandTemplate[];
};
