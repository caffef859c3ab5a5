import type { CouncilKind, CouncilRole } from '../../../domain/programmes/council-rules.js';
import { AppError, forbidden, FieldError } from '../../errors.js';
import { isMemberOf, isNetworkStaff, type Actor } from '../auth/actor.js';

type Convener = { id: string; kind: string };
/** `affiliations`: every organisation the member works for (the recorded one and their account's), when known. */
type MemberRef = { id: string; role: CouncilRole; organisationId: string | null; affiliations?: readonly string[] };

/** Councils for the award's provincial round are convened by a province's Department of S&T; every kind by the agency. */
export function canConveneKind(convenerKind: string, councilKind: CouncilKind): boolean {
  return convenerKind === 'agency' || (convenerKind === 'dost' && councilKind === 'award-provincial');
}

/** Agency and department staff form councils in the name of their own organisation. */
export function canCreateCouncils(actor: Actor): boolean {
  return actor.isPlatformAdmin || actor.memberships.some((m) => m.organisationKind === 'agency' || m.organisationKind === 'dost');
}

/** The organisations the actor may convene councils for. */
export function convenerChoices(actor: Actor) {
  return actor.memberships
    .filter((m) => m.organisationKind === 'agency' || m.organisationKind === 'dost')
    .map((m) => ({ id: m.organisationId, name: m.organisationName, kind: m.organisationKind }));
}

/** Each kind's composition rule holds for the whole network: the agency's staff (and platform admins) set it. */
export const canEditCompositionRules = (actor: Actor | null): boolean => isNetworkStaff(actor);
export function authorizeEditCompositionRules(actor: Actor): void {
  if (!canEditCompositionRules(actor)) throw forbidden('not_agency_staff');
}

/** Platform admins list every council (to mend mistakes); others those they sit on or convene. */
export const seesEveryCouncil = (actor: Actor) => actor.isPlatformAdmin;

export function authorizeConvene(actor: Actor, convener: Convener | undefined, councilKind: CouncilKind): void {
  if (!canCreateCouncils(actor)) throw forbidden('not_council_convener');
  if (!convener || (!actor.isPlatformAdmin && !isMemberOf(actor, convener.id))) {
    throw new FieldError([{ path: 'convenerOrganisationId', key: 'convener_not_yours' }]);
  }
  if (!canConveneKind(convener.kind, councilKind)) throw new FieldError([{ path: 'kind', key: 'kind_not_for_convener' }]);
}

/** The convener's staff manage a council: its members, dossiers and assignments (platform admins too, to mend mistakes). */
export function canManageCouncil(actor: Actor | null, convenerOrganisationId: string): boolean {
  return !!actor && (actor.isPlatformAdmin || isMemberOf(actor, convenerOrganisationId));
}
export function authorizeManageCouncil(actor: Actor, convenerOrganisationId: string): void {
  if (!canManageCouncil(actor, convenerOrganisationId)) throw forbidden('not_council_convener');
}

/**
 * The convener's staff set a council's rules (its form, scale, quorum and tie rule) until the first
 * score sheet is written: after that the rules are what the members scored against.
 */
export function canEditRules(actor: Actor | null, convenerOrganisationId: string, scoringStarted: boolean): boolean {
  return canManageCouncil(actor, convenerOrganisationId) && !scoringStarted;
}
export function authorizeEditRules(actor: Actor, convenerOrganisationId: string, scoringStarted: boolean): void {
  if (!canManageCouncil(actor, convenerOrganisationId)) throw forbidden('not_council_convener');
  if (scoringStarted) throw new AppError('INVALID_TRANSITION', { reason: 'scoring_started' });
}

/**
 * What a member may see of one dossier: nothing unless it is assigned to them; once assigned, only
 * what they need to declare (title, organisations) until they declare no conflict; never again
 * once they declare a conflict or when they work for an organisation on it.
 */
export type DossierAccess = 'hidden' | 'declare' | 'open';
export function memberAccess(
  member: MemberRef | null,
  dossier: { assignedMemberIds: readonly string[]; organisationIds: readonly string[] },
  declaration: { conflict: boolean } | null,
): DossierAccess {
  if (!member || !dossier.assignedMemberIds.includes(member.id)) return 'hidden';
  const affiliations = member.affiliations ?? (member.organisationId !== null ? [member.organisationId] : []);
  if (affiliations.some((id) => dossier.organisationIds.includes(id))) return 'hidden';
  if (!declaration) return 'declare';
  return declaration.conflict ? 'hidden' : 'open';
}

/** The council's secretary keeps the minutes: they follow every dossier and every sheet, and adopt the consensus. */
export const isSecretary = (member: { role: string } | null): boolean => member?.role === 'secretary';

/** The convener's staff and the secretary see every dossier of the council, and who was excluded from each. */
export const seesWholeCouncil = (manager: boolean, member: { role: string } | null): boolean => manager || isSecretary(member);

type OrganisationMember = { role: string; organisationId: string | null };

/** A secretary who works for an organisation on the dossier is excluded from it, like any member: it is not theirs to keep the minutes of. */
export const secretaryExcluded = (member: OrganisationMember | null, organisationIds: readonly string[]): boolean =>
  isSecretary(member) && member?.organisationId != null && organisationIds.includes(member.organisationId);

/** Whether the caller follows this dossier whole (every sheet): the convener's staff, and the secretary unless excluded from it. */
export const seesWholeDossier = (manager: boolean, member: OrganisationMember | null, organisationIds: readonly string[]): boolean =>
  manager || (isSecretary(member) && !secretaryExcluded(member, organisationIds));

/** A member declares on a dossier before opening it; the secretary, who keeps the minutes of every dossier, does not. */
export const mustDeclare = (member: { role: string } | null, declared: boolean): boolean => !!member && !declared && !isSecretary(member);

/** The secretary adopts a dossier's consensus, once (not one they are excluded from). */
export const canConsolidate = (member: OrganisationMember | null, consolidated: boolean, organisationIds: readonly string[]): boolean =>
  isSecretary(member) && !secretaryExcluded(member, organisationIds) && !consolidated;

/** The convener's staff and the secretary follow every sheet; members see the others' scores only once the dossier is consolidated. */
export function canSeeAllSheets(
  manager: boolean,
  member: MemberRef | null,
  access: DossierAccess,
  consolidated: boolean,
  organisationIds: readonly string[],
): boolean {
  if (seesWholeDossier(manager, member, organisationIds)) return true;
  return consolidated && access === 'open';
}

/** Opening a dossier: the convener's staff, the secretary (unless excluded), or an assigned member who declared no conflict. */
export function authorizeOpenDossier(manager: boolean, member: MemberRef | null, access: DossierAccess, organisationIds: readonly string[]): void {
  if (seesWholeDossier(manager, member, organisationIds) || access === 'open') return;
  if (access === 'declare') throw forbidden('conflict_not_declared');
  throw forbidden('not_assigned');
}

export function authorizeDeclare(access: DossierAccess): void {
  if (access === 'hidden') throw forbidden('not_assigned');
}

export function authorizeScore(member: MemberRef | null, access: DossierAccess, scorer: boolean): asserts member is MemberRef {
  if (!member || !scorer) throw forbidden('not_a_scorer');
  if (access === 'declare') throw forbidden('conflict_not_declared');
  if (access !== 'open') throw forbidden('not_assigned');
}

export function authorizeConsolidate(member: MemberRef | null, organisationIds: readonly string[]): void {
  if (!isSecretary(member) || secretaryExcluded(member, organisationIds)) throw forbidden('not_council_secretary');
}
