import type { Executor } from '../../../db/client.js';
import type { OrganisationKind, MemberRole } from '../../../shared/organisations/organisation-kinds.js';
import type { AuditContext } from '../audit/audit.service.js';
import { loadActiveMemberships, loadHostedConnectionPoints } from './actor.repository.js';

export type ActorMembership = {
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  role: MemberRole;
};

/** The signed-in person with every scope their roles give; computed once per request. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  memberships: ActorMembership[];
  /** Member of the central agency: acts network-wide. */
  isAgency: boolean;
  /** Current province codes covered by connection points that the actor's organisations host. */
  connectionPointProvinces: string[];
  connectionPointIds: string[];
  /** Countries of the representative offices the actor works for. */
  repOfficeCountries: string[];
};

export async function loadActor(db: Executor, user: { id: string; email: string; name: string; role: string }): Promise<Actor> {
  const rows = await loadActiveMemberships(db, user.id);
  const points = await loadHostedConnectionPoints(
    db,
    rows.map((r) => r.organisationId),
  );
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.role === 'admin',
    memberships: rows.map((r) => ({
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      organisationKind: r.organisationKind as OrganisationKind,
      role: r.role as MemberRole,
    })),
    isAgency: rows.some((r) => r.organisationKind === 'agency'),
    connectionPointProvinces: [...new Set(points.flatMap((p) => p.provinces))],
    connectionPointIds: points.map((p) => p.id),
    repOfficeCountries: [...new Set(rows.filter((r) => r.organisationKind === 'rep-office').flatMap((r) => r.coveredCountries))],
  };
}

export function auditContextOf(actor: Actor, request?: { id: string; ip: string }): AuditContext {
  return { actorId: actor.userId, actorEmail: actor.email, requestId: request?.id, ip: request?.ip };
}

export function isMemberOf(actor: Actor, organisationId: string): boolean {
  return actor.memberships.some((m) => m.organisationId === organisationId);
}

export function isAdminOf(actor: Actor, organisationId: string): boolean {
  return actor.memberships.some((m) => m.organisationId === organisationId && m.role === 'admin');
}

/** Network staff: the central agency's members and platform admins, who act network-wide. */
export function isNetworkStaff(actor: Actor): boolean {
  return actor.isAgency || actor.isPlatformAdmin;
}

/** Agency staff act everywhere; connection-point staff in their provinces. */
export function coversProvince(actor: Actor, provinceCode: string | null | undefined): boolean {
  if (isNetworkStaff(actor)) return true;
  return !!provinceCode && actor.connectionPointProvinces.includes(provinceCode);
}
