import type { MemberRole, OrganisationKind, OrganisationSize } from '../../../domain/organisations/organisation-kinds.js';
import type { MembershipStatus } from '../../../domain/organisations/membership-rules.js';
import type { OrganisationPrivate, OrganisationPublic } from '../../../shared/organisations/organisations.schemas.js';
import type { Actor } from '../auth/actor.js';
import { abilitiesOf } from './organisations.policy.js';
import type { OrganisationRow } from './organisations.repository.js';

export type ViewerMembership = { role: string; status: string } | null;

const ref = (code: string | null, name: string | null) => (code ? { code, name: name ?? code } : null);

/** The public shape: built field by field, so a private column cannot slip through. */
export function publicView(row: OrganisationRow, actor: Actor | null, viewer: ViewerMembership): OrganisationPublic {
  return {
    view: 'public',
    id: row.id,
    kind: row.kind as OrganisationKind,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    country: row.country,
    province: ref(row.provinceCode, row.provinceName),
    legacyProvince: ref(row.legacyProvinceCode, row.legacyProvinceName),
    vsicSections: row.vsicSections,
    size: row.size as OrganisationSize | null,
    website: row.website,
    description: row.description,
    coveredCountries: row.coveredCountries,
    verified: row.verified,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    abilities: abilitiesOf(actor, row),
    viewerMembership: viewer ? { role: viewer.role as MemberRole, status: viewer.status as MembershipStatus } : null,
  };
}

export function privateView(row: OrganisationRow, actor: Actor | null, viewer: ViewerMembership, memberCount: number): OrganisationPrivate {
  return {
    ...publicView(row, actor, viewer),
    view: 'private',
    taxCode: row.taxCode,
    email: row.email,
    phone: row.phone,
    address: row.address,
    memberCount,
  };
}

/** What the audit log keeps of an organisation. */
export function auditView(row: Omit<OrganisationRow, 'provinceName' | 'legacyProvinceName'>) {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}
