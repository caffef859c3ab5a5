import type { MemberRole, OrganisationKind } from '../../../domain/organisations/organisation-kinds.js';
import { AppError, forbidden } from '../../errors.js';
import { coversProvince, isAdminOf, isConnectionPointStaff, isMemberOf, isNetworkStaff, type Actor } from '../auth/actor.js';

/** What the rules need to know about an organisation. */
export type OrganisationScope = { id: string; provinceCode: string | null };

/** Members, platform admins, agency staff and connection points covering its province. */
export function canViewPrivate(actor: Actor | null, org: OrganisationScope): boolean {
  return !!actor && (isMemberOf(actor, org.id) || coversProvince(actor, org.provinceCode));
}

export function canEditOrganisation(actor: Actor | null, org: OrganisationScope): boolean {
  return !!actor && (isAdminOf(actor, org.id) || coversProvince(actor, org.provinceCode));
}

/** The verified flag vouches for the organisation, so its own admins cannot set it. */
export function canVerifyOrganisation(actor: Actor | null, org: OrganisationScope): boolean {
  return !!actor && coversProvince(actor, org.provinceCode);
}

export function canSeeMembers(actor: Actor | null, organisationId: string): boolean {
  return !!actor && (isMemberOf(actor, organisationId) || actor.isPlatformAdmin);
}

export function canManageMembers(actor: Actor | null, organisationId: string): boolean {
  return !!actor && (isAdminOf(actor, organisationId) || actor.isPlatformAdmin);
}

export function abilitiesOf(actor: Actor | null, org: OrganisationScope) {
  return {
    canEdit: canEditOrganisation(actor, org),
    canManageMembers: canManageMembers(actor, org.id),
    canVerify: canVerifyOrganisation(actor, org),
  };
}

/** The admin list of organisations: network staff see all; connection-point staff those of their provinces. */
export function canAdministerOrganisations(actor: Actor | null): boolean {
  return isNetworkStaff(actor);
}

export function canManageRegionOrganisations(actor: Actor | null): boolean {
  return isConnectionPointStaff(actor) && !isNetworkStaff(actor);
}

/**
 * Kind and covered countries decide what members may do network-wide (agency staff act
 * everywhere, representative offices work their countries), so only the platform sets them.
 */
export function canSetPrivilegedFields(actor: Actor): boolean {
  return isNetworkStaff(actor);
}

export function authorizeKind(actor: Actor, kind: OrganisationKind): void {
  const allowed = kind === 'agency' ? actor.isPlatformAdmin : kind === 'rep-office' ? canSetPrivilegedFields(actor) : true;
  if (!allowed) throw new AppError('FORBIDDEN', { reason: 'kind_restricted', field: 'kind' });
}

export function authorizeEdit(actor: Actor, org: OrganisationScope): void {
  if (!canEditOrganisation(actor, org)) throw forbidden('not_organisation_editor');
}

export function authorizeVerify(actor: Actor, org: OrganisationScope): void {
  if (!canVerifyOrganisation(actor, org)) throw forbidden('not_covering');
}

/** Outsiders do not learn who belongs to an organisation: 404; members who are not admins: 403. */
export function authorizeManageMembers(actor: Actor, organisationId: string): void {
  if (!canSeeMembers(actor, organisationId)) throw new AppError('NOT_FOUND', { entity: 'members' });
  if (!canManageMembers(actor, organisationId)) throw forbidden('not_organisation_admin');
}

/** A signed-in person who belongs to no organisation and holds no platform role has one thing to do first: create or join one. */
export function needsOrganisation(actor: Actor | null): boolean {
  return !!actor && !actor.isPlatformAdmin && actor.memberships.length === 0;
}

/** Accepting an invitation never takes rights away: an active admin of the organisation stays admin whatever role the invitation names. */
export function roleOnAccepting(existing: { status: string; role: string } | null | undefined, invited: MemberRole): MemberRole {
  return existing?.status === 'active' && existing.role === 'admin' ? 'admin' : invited;
}
