import { AppError, forbidden } from '../../errors.js';
import { coversProvince, isMemberOf, isNetworkStaff, type Actor } from '../auth/actor.js';

/** What the policy reads of a roadmap: its scope, owner, enterprise (with its province) and whether it is published. */
export type RoadmapFacts = {
  scopeKind: string;
  ownerOrganisationId: string;
  organisationId: string | null;
  /** The enterprise's province: its connection point's staff see the roadmap. */
  organisationProvince: string | null;
  published: boolean;
};

const sectorOwnerKinds = new Set(['agency', 'dost', 'centre', 'institute', 'university', 'association']);

/**
 * A published roadmap is public. An unpublished one is seen by its owner's members, and an
 * enterprise's by the enterprise, its connection point and the agency; a sector or national one
 * by its owner and the agency.
 */
export function canViewRoadmap(actor: Actor | null, r: RoadmapFacts): boolean {
  if (r.published) return true;
  if (!actor) return false;
  if (isNetworkStaff(actor) || isMemberOf(actor, r.ownerOrganisationId)) return true;
  if (r.scopeKind !== 'enterprise' || !r.organisationId) return false;
  return isMemberOf(actor, r.organisationId) || (!!r.organisationProvince && coversProvince(actor, r.organisationProvince));
}

/** The owner's members edit (and the enterprise's, for its own roadmap); the agency mends mistakes. */
export function canEditRoadmap(actor: Actor | null, r: RoadmapFacts): boolean {
  if (!actor) return false;
  if (isNetworkStaff(actor) || isMemberOf(actor, r.ownerOrganisationId)) return true;
  return r.scopeKind === 'enterprise' && !!r.organisationId && isMemberOf(actor, r.organisationId);
}

/** 404 for a roadmap the caller may not see, so its existence does not leak. */
export function authorizeViewRoadmap(actor: Actor | null, r: RoadmapFacts | undefined): asserts r is RoadmapFacts {
  if (!r || !canViewRoadmap(actor, r)) throw new AppError('NOT_FOUND', { entity: 'roadmap' });
}

export function authorizeEditRoadmap(actor: Actor, r: RoadmapFacts): void {
  if (!canEditRoadmap(actor, r)) throw forbidden('not_roadmap_editor');
}

/**
 * The roadmaps the actor may start in the name of each of their organisations (for the web's form,
 * read from /api/auth/me): an enterprise its own, a public body or association a sector one.
 */
type RoadmapStart = { organisationId: string; scope: 'enterprise' | 'sector' };
export function roadmapStarts(actor: Actor | null): RoadmapStart[] {
  if (!actor) return [];
  return actor.memberships.flatMap((m): RoadmapStart[] => {
    if (m.organisationKind === 'enterprise') return [{ organisationId: m.organisationId, scope: 'enterprise' }];
    return sectorOwnerKinds.has(m.organisationKind) ? [{ organisationId: m.organisationId, scope: 'sector' }] : [];
  });
}

/**
 * Who starts a roadmap for whom: a national one the agency; a sector one a member of the owning
 * public body or association; an enterprise's one its members or its connection point (the owner
 * is then the enterprise or that point's host organisation the actor works for).
 */
export function canCreateRoadmap(
  actor: Actor,
  scope: { kind: string; enterprise?: { id: string; provinceCode: string | null } },
  owner: { id: string; kind: string },
): boolean {
  if (isNetworkStaff(actor)) return true;
  if (!isMemberOf(actor, owner.id)) return false;
  if (scope.kind === 'national') return false;
  if (scope.kind === 'sector') return sectorOwnerKinds.has(owner.kind);
  if (!scope.enterprise) return false;
  return owner.id === scope.enterprise.id || coversProvince(actor, scope.enterprise.provinceCode);
}

export function authorizeCreateRoadmap(...args: Parameters<typeof canCreateRoadmap>): void {
  if (!canCreateRoadmap(...args)) throw forbidden('not_roadmap_creator');
}

/** The list's filter: the agency sees every roadmap; others the published ones, their organisations' and their provinces' enterprises'. */
export function roadmapListScope(actor: Actor | null) {
  if (!actor) return { all: false, organisationIds: [], provinces: [] };
  return { all: isNetworkStaff(actor), organisationIds: actor.memberships.map((m) => m.organisationId), provinces: actor.connectionPointProvinces };
}

/** The organisations and provinces whose roadmaps `isResponsibleFor` holds the actor responsible for (the list's reviewDue filter). */
export function responsibilityScope(actor: Actor | null) {
  if (!actor) return { organisationIds: [], provinces: [] };
  return { organisationIds: actor.memberships.map((m) => m.organisationId), provinces: isNetworkStaff(actor) ? [] : actor.connectionPointProvinces };
}

/** A roadmap past its review is flagged for its owner and for the enterprise's connection point (not for every public reader). */
export function isResponsibleFor(actor: Actor | null, r: RoadmapFacts): boolean {
  if (!actor) return false;
  if (isMemberOf(actor, r.ownerOrganisationId) || (!!r.organisationId && isMemberOf(actor, r.organisationId))) return true;
  return r.scopeKind === 'enterprise' && !!r.organisationProvince && !isNetworkStaff(actor) && coversProvince(actor, r.organisationProvince);
}
