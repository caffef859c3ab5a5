import type { IpStatus, TransferForm } from './sectors/vocabulary.js';
import type { SectorKey } from './types.js';

export type OfferStatus = 'draft' | 'submitted' | 'published' | 'returned' | 'archived';
export type DemandStatus = 'draft' | 'submitted' | 'open' | 'connecting' | 'fulfilled' | 'closed' | 'returned';

/** A generated demo offer, independent of the catalogue tables' shape. */
export type DemoOffer = {
  externalId: string;
  ownerKey: string;
  sector: SectorKey;
  language: 'vi' | 'en';
  title: string;
  /** The title in the other language (Vietnamese for foreign offers), so both languages find it. */
  translatedTitle: string | null;
  summary: string;
  description: string;
  keywords: string[];
  vsicSections: string[];
  fieldCodes: string[];
  trl: number;
  transferForms: TransferForm[];
  ipStatus: IpStatus;
  /** VND; null means negotiable. */
  priceVnd: number | null;
  country: string;
  provinceCode: string | null;
  legacyProvinceCode: string | null;
  status: OfferStatus;
  returnReason: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
  validUntil: Date | null;
};

export type DemoDemand = {
  externalId: string;
  ownerKey: string;
  sector: SectorKey;
  language: 'vi';
  title: string;
  /** Public part: what anyone may read. */
  summary: string;
  description: string;
  /** Confidential part: owner, its connection point, the agency and connection parties only. */
  problem: string;
  currentProcess: string;
  targets: string;
  constraints: string;
  keywords: string[];
  vsicSections: string[];
  fieldCodes: string[];
  minTrl: number;
  budgetVnd: number | null;
  deadline: Date;
  transferForms: TransferForm[];
  seekAbroad: boolean;
  targetCountries: string[];
  provinceCode: string | null;
  legacyProvinceCode: string | null;
  /** Entered by the connection point's staff on the enterprise's behalf (survey), not by the enterprise. */
  enteredByConnectionPoint: boolean;
  status: DemandStatus;
  returnReason: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
};
