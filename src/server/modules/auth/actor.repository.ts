import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { connectionPoints, memberships, organisations } from '../../../db/schema/index.js';

export async function loadActiveMemberships(db: Executor, userId: string) {
  return db
    .select({
      organisationId: memberships.organisationId,
      role: memberships.role,
      organisationKind: organisations.kind,
      organisationName: organisations.nameVi,
      coveredCountries: organisations.coveredCountries,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.status, 'active')));
}

export async function loadHostedConnectionPoints(db: Executor, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .select({ id: connectionPoints.id, provinces: connectionPoints.provinces })
    .from(connectionPoints)
    .where(and(inArray(connectionPoints.hostOrganisationId, organisationIds), eq(connectionPoints.active, true)));
}
