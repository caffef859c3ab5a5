import type { OrganisationKind, MemberRole } from '../../../domain/organisations/organisation-kinds.js';

/** Sectors the demo catalogue is written for; each has its own vocabulary in data/sectors/. */
export const sectorKeys = [
  'food',
  'mechanical',
  'agri-machinery',
  'aquaculture',
  'coffee',
  'pepper',
  'rubber',
  'wood',
  'textiles',
  'materials',
  'electronics',
  'energy',
  'environment',
  'pharma',
  'crops',
  'livestock',
] as const;
export type SectorKey = (typeof sectorKeys)[number];

/** A demo organisation; `key` lets other demo files refer to it before it has a database id. */
export type DemoOrganisation = {
  key: string;
  kind: OrganisationKind;
  nameVi: string;
  nameEn?: string;
  shortName?: string;
  /** ISO 3166-1 alpha-2; Vietnamese organisations default to VN. */
  country?: string;
  /** Current province code (34 units since 2025-07-01). */
  provinceCode?: string;
  /** The pre-2025 unit, kept when the organisation was registered there. */
  legacyProvinceCode?: string;
  vsicSections?: string[];
  coveredCountries?: string[];
  size?: 'micro' | 'small' | 'medium' | 'large';
  address?: string;
  description?: string;
  /** Public bodies, foreign partners and representative offices have no Vietnamese enterprise tax code. */
  hasTaxCode: boolean;
  /** Key of the head office when this organisation is a branch (tax code 10-3). */
  branchOf?: string;
  /** Sectors the organisation works in: enterprises post demands there, suppliers offers. */
  sectors?: SectorKey[];
};

export type DemoConnectionPoint = {
  hostKey: string;
  nameVi: string;
  nameEn: string;
  provinces: string[];
  openedOn: string;
};

export type DemoMembership = { organisationKey: string; role: MemberRole };

export type DemoPerson = {
  email: string;
  name: string;
  title: string;
  locale?: 'vi' | 'en';
  /** What the account demonstrates, for the README table. */
  purpose: string;
  memberships: DemoMembership[];
};
