import type { Db } from '../../../db/client.js';
import { fold } from '../../../domain/text/fold.js';
import { PAGE_SIZE_DEFAULT } from '../../../shared/limits.js';
import type {
  OrganisationCreateBody,
  OrganisationDetail,
  OrganisationList,
  OrganisationListQuery,
  OrganisationUpdateBody,
} from '../../../shared/organisations/organisations.schemas.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import { reloadActor, type Actor } from '../auth/actor.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import { resolveProvinceInput } from '../reference/reference.service.js';
import { decodeCursor, encodeCursor } from './directory-cursor.js';
import { addMembership } from './members.repository.js';
import { resolveOrganisationInput } from './organisation-input.js';
import { auditView, privateView, publicView } from './organisation-view.js';
import { authorizeEdit, authorizeKind, authorizeVerify, canSetPrivilegedFields, canViewPrivate } from './organisations.policy.js';
import { isUniqueViolation } from '../../../db/driver-errors.js';
import * as repo from './organisations.repository.js';

export type OrganisationDeps = { db: Db };

const taxCodeTaken = () => new AppError('ALREADY_EXISTS', { entity: 'organisation', field: 'taxCode', key: 'tax_code_taken' });

/** Runs a write, turning a unique-index race on the tax code into the same answer as the early check. */
async function guardTaxCode<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw taxCodeTaken();
    throw error;
  }
}

/** One organisation as this caller may see it: private fields only for those entitled. */
export async function getOrganisation(deps: OrganisationDeps, actor: Actor | null, id: string): Promise<OrganisationDetail> {
  const row = await repo.findOrganisation(deps.db, id);
  if (!row) throw notFound('organisation');
  const [viewer] = actor ? await repo.findMembershipsOf(deps.db, actor.userId, [id]) : [];
  if (!canViewPrivate(actor, row)) return publicView(row, actor, viewer ?? null);
  return privateView(row, actor, viewer ?? null, await repo.countActiveMembers(deps.db, id));
}

/** The public directory; a legacy province name or code finds organisations of its successor. */
export async function listOrganisations(deps: OrganisationDeps, actor: Actor | null, query: OrganisationListQuery): Promise<OrganisationList> {
  let provinceCode: string | undefined;
  if (query.province) {
    const resolved = await resolveProvinceInput(deps.db, query.province);
    if (!resolved) throw fieldError('province', 'unknown_province');
    provinceCode = resolved.current;
  }
  const after = query.cursor ? (decodeCursor(query.cursor) ?? undefined) : undefined;
  if (query.cursor && !after) throw fieldError('cursor', 'invalid_cursor');
  const limit = query.limit ?? PAGE_SIZE_DEFAULT;
  const q = query.q ? fold(query.q) : undefined;
  const { rows, total } = await repo.listDirectory(deps.db, { q, kind: query.kind, provinceCode, after, limit });
  const page = rows.slice(0, limit);
  const viewer = actor
    ? await repo.findMembershipsOf(
        deps.db,
        actor.userId,
        page.map((r) => r.id),
      )
    : [];
  const viewerOf = (id: string) => viewer.find((m) => m.organisationId === id) ?? null;
  return {
    items: page.map((row) => publicView(row, actor, viewerOf(row.id))),
    total,
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
  };
}

/** Registers an organisation; its creator becomes its first admin. */
export async function createOrganisation(deps: OrganisationDeps, actor: Actor, audit: AuditContext, body: OrganisationCreateBody) {
  authorizeKind(actor, body.kind);
  if (body.coveredCountries.length && !canSetPrivilegedFields(actor))
    throw new AppError('FORBIDDEN', { reason: 'privileged_field', field: 'coveredCountries' });
  const values = await resolveOrganisationInput(deps.db, body);
  const id = await guardTaxCode(() =>
    deps.db.transaction(async (tx) => {
      if (values.taxCode && (await repo.taxCodeTaken(tx, values.taxCode))) throw taxCodeTaken();
      const created = await repo.insertOrganisation(tx, { ...(values as repo.OrganisationValues), createdBy: actor.userId });
      const membership = await addMembership(tx, { organisationId: created.id, userId: actor.userId, role: 'admin', status: 'active' });
      await recordAudit(tx, audit, {
        action: 'organisation.create',
        entityType: 'organisation',
        entityId: created.id,
        organisationId: created.id,
        after: auditView(created),
      });
      await recordAudit(tx, audit, {
        action: 'membership.create',
        entityType: 'membership',
        entityId: membership.id,
        organisationId: created.id,
        after: membership,
      });
      return created.id;
    }),
  );
  // The actor was loaded before this membership existed; reload it so the answer shows the creator's abilities.
  const creator = await reloadActor(deps.db, actor);
  return getOrganisation(deps, creator, id);
}

/** Edits an organisation; `version` must be the one the editor saw. */
export async function updateOrganisation(deps: OrganisationDeps, actor: Actor, audit: AuditContext, id: string, body: OrganisationUpdateBody) {
  const existing = await repo.findOrganisation(deps.db, id);
  if (!existing) throw notFound('organisation');
  authorizeEdit(actor, existing);
  // A full form resends unchanged values; only real changes to privileged fields need the extra right.
  const kindChanged = body.kind !== undefined && body.kind !== existing.kind;
  const countriesChanged = body.coveredCountries !== undefined && body.coveredCountries.join() !== existing.coveredCountries.join();
  if ((kindChanged || countriesChanged) && !canSetPrivilegedFields(actor)) throw new AppError('FORBIDDEN', { reason: 'privileged_field' });
  if (kindChanged && body.kind) authorizeKind(actor, body.kind);
  const { version, ...input } = body;
  const values = await resolveOrganisationInput(deps.db, input, existing);
  await guardTaxCode(() =>
    deps.db.transaction(async (tx) => {
      const before = await repo.lockOrganisation(tx, id);
      if (!before) throw notFound('organisation');
      if (before.version !== version) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
      // Authorised against the row read before the lock; re-check in case its province moved meanwhile.
      authorizeEdit(actor, before);
      if (values.taxCode && (await repo.taxCodeTaken(tx, values.taxCode, id))) throw taxCodeTaken();
      const after = await repo.updateOrganisationRow(tx, id, version, values);
      if (!after) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
      await recordAudit(tx, audit, {
        action: 'organisation.update',
        entityType: 'organisation',
        entityId: id,
        organisationId: id,
        before: auditView(before),
        after: auditView(after),
      });
    }),
  );
  return getOrganisation(deps, actor, id);
}

/** Sets or clears the verified flag (agency, platform admin, or the covering connection point). */
export async function verifyOrganisation(deps: OrganisationDeps, actor: Actor, audit: AuditContext, id: string, verified: boolean) {
  await deps.db.transaction(async (tx) => {
    const before = await repo.lockOrganisation(tx, id);
    if (!before) throw notFound('organisation');
    authorizeVerify(actor, before);
    const after = await repo.updateOrganisationRow(tx, id, before.version, { verified });
    await recordAudit(tx, audit, {
      action: verified ? 'organisation.verify' : 'organisation.unverify',
      entityType: 'organisation',
      entityId: id,
      organisationId: id,
      before: { verified: before.verified },
      after: { verified: after?.verified },
    });
  });
  return getOrganisation(deps, actor, id);
}
