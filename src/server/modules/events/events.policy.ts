import { AppError, FieldError, forbidden } from '../../errors.js';
import { isConnectionPointStaff, isMemberOf, isNetworkStaff, type Actor } from '../auth/actor.js';

export type OrganiserRef = { organisationId: string | null; connectionPointId: string | null };
type RegistrationRef = { userId: string; status: string };

const organiserKinds = new Set(['agency', 'centre', 'dost']);

/** Network staff and connection-point staff organise events. */
export function canCreateEvents(actor: Actor | null): boolean {
  return isNetworkStaff(actor) || isConnectionPointStaff(actor);
}

/** The organisers the actor works for and may name on an event. */
export function organiserChoices(actor: Actor): { organisationIds: string[]; connectionPointIds: string[] } {
  return {
    organisationIds: actor.memberships.filter((m) => organiserKinds.has(m.organisationKind)).map((m) => m.organisationId),
    connectionPointIds: actor.connectionPointIds,
  };
}

/** Only the staff of an event's organisers manage it (platform admins too, to mend mistakes). */
export function canManageEvent(actor: Actor | null, organisers: OrganiserRef[]): boolean {
  if (!actor) return false;
  if (actor.isPlatformAdmin) return true;
  return organisers.some(
    (o) => (!!o.organisationId && isMemberOf(actor, o.organisationId)) || (!!o.connectionPointId && actor.connectionPointIds.includes(o.connectionPointId)),
  );
}

export function authorizeManageEvent(actor: Actor, organisers: OrganiserRef[]): void {
  if (!canManageEvent(actor, organisers)) throw forbidden('not_event_organiser');
}

export function authorizeCreateEvent(actor: Actor): void {
  if (!canCreateEvents(actor)) throw forbidden('not_event_organiser');
}

/** An event's organisers must include one the actor works for, or nobody could manage what they create. */
export function authorizeOrganisers(actor: Actor, organisers: OrganiserRef[]): void {
  if (actor.isPlatformAdmin) return;
  const mine = organiserChoices(actor);
  const ok = organisers.some(
    (o) =>
      (!!o.organisationId && mine.organisationIds.includes(o.organisationId)) ||
      (!!o.connectionPointId && mine.connectionPointIds.includes(o.connectionPointId)),
  );
  if (!ok) throw new FieldError([{ path: 'organiserOrganisationIds', key: 'organiser_not_yours' }]);
}

/** A person registers their own organisation only. */
export function authorizeRegisterFor(actor: Actor, organisationId: string | null | undefined): void {
  if (organisationId && !isMemberOf(actor, organisationId)) throw new FieldError([{ path: 'organisationId', key: 'not_your_organisation' }]);
}

/** Approved participants and the organisers see who takes part (to ask for meetings); nobody else. */
export function canSeeParticipants(actor: Actor, organisers: OrganiserRef[], mine: RegistrationRef | null): boolean {
  return canManageEvent(actor, organisers) || (!!mine && mine.userId === actor.userId && mine.status === 'approved');
}

/** Exhibitors and suppliers, once approved for an organisation, show its offers at their stand; visitors and seekers have no stand. */
const standRoles = new Set(['exhibitor', 'supplier']);
export function canShowExhibits(registration: { status: string; role: string; organisationId: string | null } | null): boolean {
  return !!registration && registration.status === 'approved' && standRoles.has(registration.role) && !!registration.organisationId;
}
export function authorizeShowExhibits(registration: { status: string; role: string; organisationId: string | null }): void {
  if (!canShowExhibits(registration)) throw forbidden('not_an_exhibitor');
}

/** Meeting requests, unavailability and agendas belong to an approved registration of the actor's own. */
export function authorizeOwnApproved(actor: Actor, registration: RegistrationRef | null | undefined): asserts registration is RegistrationRef {
  if (!registration || registration.userId !== actor.userId) throw new AppError('NOT_FOUND', { entity: 'event-registration' });
  if (registration.status !== 'approved') throw forbidden('registration_not_approved');
}

/** Only the two sides of a meeting (with approved registrations) answer about it; to anyone else it does not exist. */
export function authorizeMeetingSide(
  actor: Actor,
  registration: (RegistrationRef & { id: string }) | null | undefined,
  request: { fromRegistrationId: string; toRegistrationId: string },
): asserts registration is RegistrationRef & { id: string } {
  const side = !!registration && (request.fromRegistrationId === registration.id || request.toRegistrationId === registration.id);
  if (!side || registration.userId !== actor.userId) throw new AppError('NOT_FOUND', { entity: 'meeting' });
  if (registration.status !== 'approved') throw forbidden('registration_not_approved');
}

/**
 * Table hosts mark, at their table, whether each meeting took place or who did not come. They are
 * the organisers' staff working the B2B area, so the rule is the organisers' own.
 */
export function authorizeHostTables(actor: Actor, organisers: OrganiserRef[]): void {
  if (!canManageEvent(actor, organisers)) throw forbidden('not_event_organiser');
}

/** The organisers' staff, and approved participants for themselves, enter what they bring to or find at the event. */
export function authorizeCollectAtEvent(actor: Actor, organisers: OrganiserRef[], mine: RegistrationRef | null): void {
  if (!canManageEvent(actor, organisers) && !(mine && mine.userId === actor.userId && mine.status === 'approved')) throw forbidden('not_event_participant');
}

/** On the day, the organisers' staff at the B2B desk pair two participants for a walk-in meeting at a free table. */
export function authorizeWalkInMeetings(actor: Actor, organisers: OrganiserRef[]): void {
  if (!canManageEvent(actor, organisers)) throw forbidden('not_event_organiser');
}
