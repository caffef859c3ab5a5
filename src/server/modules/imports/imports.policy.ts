import { demandMachine, publicationMachine } from '../../../domain/catalogue/workflow.js';
import type { InterchangeType } from '../../../domain/interchange/interchange-records.js';
import { forbidden } from '../../errors.js';
import { coversProvince, isConnectionPointStaff, isMemberOf, isNetworkStaff, type Actor } from '../auth/actor.js';

/**
 * Who runs an import or export: a signed-in person, or null for the operator at the command
 * line, who works on the whole database.
 */
export type Operator = Actor | null;

/** Connection-point staff, agency staff and platform admins run imports. */
export function canImport(actor: Actor | null): boolean {
  return isNetworkStaff(actor) || isConnectionPointStaff(actor);
}

/** Connection-point staff (for their provinces), agency staff and platform admins import. */
export function authorizeImport(operator: Operator): void {
  if (operator && !canImport(operator)) throw forbidden('import');
}

/** A row may create or change a record only in a province the importer covers. */
export function mayWriteProvince(operator: Operator, provinceCode: string | null): boolean {
  return !operator || coversProvince(operator, provinceCode);
}

/**
 * The status of a record an import creates: it enters moderation, unless the staff member who
 * imports chose to publish (the operator at the command line always publishes).
 */
export function importedStatus(type: InterchangeType, publish: boolean): string {
  if (!publish) return 'submitted';
  return type === 'offers' ? 'published' : 'open';
}

const machines = { offers: publicationMachine, demands: demandMachine };

/** What an export may contain: everything, or public records plus every record of the provinces the operator covers. */
export type ExportScope = { everything: true } | { everything: false; publicStatuses: string[]; provinces: string[] };

/** The export scope: public records for everyone; staff also get every record of the provinces they cover. */
export function exportScope(operator: Operator, type: InterchangeType): ExportScope {
  if (!operator || isNetworkStaff(operator)) return { everything: true };
  return { everything: false, publicStatuses: [...machines[type].publicStatuses], provinces: operator.connectionPointProvinces };
}

/**
 * The organisation that owns the records an import creates: the one the importer named (agency
 * staff any, connection-point staff one of their provinces or their own), else the importer's own.
 */
export function importOwner(actor: Actor, named: { id: string; provinceCode: string | null } | null): string | null {
  if (!named) return actor.memberships[0]?.organisationId ?? null;
  const allowed = isNetworkStaff(actor) || isMemberOf(actor, named.id) || (named.provinceCode !== null && coversProvince(actor, named.provinceCode));
  if (!allowed) throw forbidden('import-owner');
  return named.id;
}
