import { forbidden } from '../../errors.js';
import { isMemberOf, isNetworkStaff, type Actor } from '../auth/actor.js';

/** The provinces whose Department of S&T the actor works for. */
export type DepartmentScope = { provinces: string[] };

/** The provincial Departments of S&T the actor works for: their provinces are the actor's scope in the award. */
export function departmentIds(actor: Actor | null): string[] {
  return actor ? actor.memberships.filter((m) => m.organisationKind === 'dost').map((m) => m.organisationId) : [];
}

/** The organisation a nomination is made in the name of: the actor's department (a platform admin's first organisation, to mend mistakes). */
export function nominatingOrganisation(actor: Actor): string | undefined {
  return departmentIds(actor)[0] ?? actor.memberships[0]?.organisationId;
}

/** The agency runs rounds and ranks them. */
export function canManageRounds(actor: Actor | null): boolean {
  return isNetworkStaff(actor);
}
export function authorizeManageRounds(actor: Actor): void {
  if (!canManageRounds(actor)) throw forbidden('not_award_staff');
}

/** The agency sees every eligible enterprise; a department those of its province. */
export function canListEligible(actor: Actor, scope: DepartmentScope): boolean {
  return isNetworkStaff(actor) || scope.provinces.length > 0;
}
export function authorizeListEligible(actor: Actor, scope: DepartmentScope): void {
  if (!canListEligible(actor, scope)) throw forbidden('not_award_staff');
}
export const visibleProvince = (actor: Actor, scope: DepartmentScope, provinceCode: string | null) =>
  isNetworkStaff(actor) || (!!provinceCode && scope.provinces.includes(provinceCode));

/** A province's department nominates the enterprises of its province. */
export function authorizeNominate(actor: Actor, scope: DepartmentScope, provinceCode: string | null): void {
  if (actor.isPlatformAdmin) return;
  if (scope.provinces.length === 0) throw forbidden('not_award_staff');
  if (!provinceCode || !scope.provinces.includes(provinceCode)) throw forbidden('not_your_province');
}

/** A nominee's members read its scores and comments; so do the nominating department and the agency. */
export function canReadNomination(actor: Actor, nomination: { enterpriseId: string; nominatingOrganisationId: string }): boolean {
  return isNetworkStaff(actor) || isMemberOf(actor, nomination.enterpriseId) || isMemberOf(actor, nomination.nominatingOrganisationId);
}
export function authorizeReadNomination(actor: Actor, nomination: { enterpriseId: string; nominatingOrganisationId: string }): void {
  if (!canReadNomination(actor, nomination)) throw forbidden('not_your_nomination');
}

/** Ties at a boundary are broken by the chair of the ministry's council, or its secretary recording the chair's decision. */
export function canBreakTie(actor: Actor, officerIds: readonly string[]): boolean {
  return officerIds.includes(actor.userId);
}
export function authorizeBreakTie(actor: Actor, officerIds: readonly string[]): void {
  if (!canBreakTie(actor, officerIds)) throw forbidden('not_council_chair');
}

/** The ranking is read by the agency and by those who break its ties. */
export function canReadRanking(actor: Actor, officerIds: readonly string[]): boolean {
  return canManageRounds(actor) || canBreakTie(actor, officerIds);
}
