import type { Abilities } from '../../../shared/auth/auth.schemas.js';
import { canReadAudit } from '../audit/audit.policy.js';
import { canPostRecords, canPostOnBehalf, canUseWorkspace } from '../catalogue/catalogue.policy.js';
import { canManageConnectionPoints } from '../connection-points/connection-points.policy.js';
import { canWorkForeignQueue } from '../foreign-search/foreign-search.policy.js';
import { canImport } from '../imports/imports.policy.js';
import { canReadOutbox } from '../mail/outbox.policy.js';
import { canEditGlossary } from '../matching/glossary.policy.js';
import { canAdministerOrganisations, canManageRegionOrganisations, needsOrganisation } from '../organisations/organisations.policy.js';
import { canEditReference } from '../reference/reference.policy.js';
import { canSeeNationalReports, canSeeReports } from '../reports/reports.policy.js';
import { roadmapStarts } from '../roadmaps/roadmaps.policy.js';
import { canAdministerUsers } from '../users/users.policy.js';
import { isConnectionPointStaff, isNetworkStaff, type Actor } from './actor.js';

/** The caller's platform-wide abilities, each decided by its module's policy (answered by /api/auth/me). */
export function abilitiesOf(actor: Actor | null): Abilities {
  return {
    postRecords: canPostRecords(actor),
    useWorkspace: canUseWorkspace(actor),
    postOnBehalf: canPostOnBehalf(actor),
    moderate: isConnectionPointStaff(actor),
    overseeNetwork: isNetworkStaff(actor),
    import: canImport(actor),
    seeReports: canSeeReports(actor),
    seeNationalReports: canSeeNationalReports(actor),
    workForeignQueue: canWorkForeignQueue(actor),
    manageRegionOrganisations: canManageRegionOrganisations(actor),
    administerOrganisations: canAdministerOrganisations(actor),
    administerUsers: canAdministerUsers(actor),
    manageConnectionPoints: canManageConnectionPoints(actor),
    editReference: canEditReference(actor),
    editGlossary: canEditGlossary(actor),
    readAudit: canReadAudit(actor),
    readOutbox: canReadOutbox(actor),
    joinOrganisation: needsOrganisation(actor),
    startRoadmaps: roadmapStarts(actor),
  };
}
