import { canChangeStatus, removesLastAdmin, type MembershipState } from '../../../domain/organisations/membership-rules.js';
import type { Executor } from '../../../db/client.js';
import type { Member, Membership, MemberUpdateBody, MyMembership } from '../../../shared/organisations/memberships.schemas.js';
import type { MembershipStatus } from '../../../domain/organisations/membership-rules.js';
import type { MemberRole, OrganisationKind } from '../../../domain/organisations/organisation-kinds.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import * as members from './members.repository.js';
import type { MembershipRow } from './members.repository.js';
import { authorizeManageMembers, canManageMembers, canSeeMembers } from './organisations.policy.js';
import { isUniqueViolation } from '../../../db/driver-errors.js';
import { lockOrganisation } from './organisations.repository.js';
import type { OrganisationDeps } from './organisations.service.js';

export function membershipView(row: MembershipRow): Membership {
  return {
    id: row.id,
    organisationId: row.organisationId,
    userId: row.userId,
    role: row.role as MemberRole,
    status: row.status as MembershipStatus,
    message: row.message,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

const stateOf = (row: MembershipRow): MembershipState => ({ role: row.role as MemberRole, status: row.status as MembershipStatus });
const lastAdmin = () => new AppError('CONFLICT', { reason: 'last_admin' });

/** Locks the organisation (so member changes queue) and finds the membership, or 404. */
async function lockMembership(tx: Executor, organisationId: string, userId: string) {
  if (!(await lockOrganisation(tx, organisationId))) throw notFound('organisation');
  const membership = await members.findMembership(tx, organisationId, userId);
  if (!membership) throw notFound('membership');
  return membership;
}

/** The caller's memberships, including pending and rejected join requests. */
export async function listMyMemberships(deps: OrganisationDeps, actor: Actor) {
  const rows = await members.listMembershipsOfUser(deps.db, actor.userId);
  const items: MyMembership[] = rows.map((r) => ({
    ...membershipView(r.membership),
    organisation: { ...r.organisation, kind: r.organisation.kind as OrganisationKind },
  }));
  return { items, total: items.length, nextCursor: null };
}

/** Asks to join; a rejected request may be asked again, an active or pending one may not. */
export async function requestToJoin(deps: OrganisationDeps, actor: Actor, audit: AuditContext, organisationId: string, message: string | null) {
  try {
    return await deps.db.transaction(async (tx) => {
      if (!(await lockOrganisation(tx, organisationId))) throw notFound('organisation');
      const existing = await members.findMembership(tx, organisationId, actor.userId);
      if (existing && existing.status !== 'rejected') {
        throw new AppError('ALREADY_EXISTS', { entity: 'membership', reason: existing.status === 'active' ? 'already_member' : 'already_requested' });
      }
      const request = { role: 'member', status: 'pending', message: message || null, decidedBy: null, decidedAt: null };
      const row = existing
        ? await members.updateMembership(tx, existing.id, request)
        : await members.addMembership(tx, { organisationId, userId: actor.userId, ...request });
      await recordAudit(tx, audit, { action: 'membership.request', entityType: 'membership', entityId: row.id, organisationId, before: existing, after: row });
      return membershipView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('ALREADY_EXISTS', { entity: 'membership', reason: 'already_requested' });
    throw error;
  }
}

/** Members see the active members; those who manage them also see pending requests. Outsiders get 404. */
export async function listMembers(deps: OrganisationDeps, actor: Actor | null, organisationId: string) {
  if (!canSeeMembers(actor, organisationId)) throw notFound('organisation');
  const canManage = canManageMembers(actor, organisationId);
  const rows = await members.listMembersOf(deps.db, organisationId, canManage ? ['active', 'pending'] : ['active']);
  const items: Member[] = rows.map((r) => ({ ...membershipView(r.membership), name: r.name, email: r.email }));
  return { items, total: items.length, nextCursor: null, canManage };
}

/** Approves or rejects a join request, or changes a member's role; never leaves the organisation without an admin. */
export async function updateMember(deps: OrganisationDeps, actor: Actor, audit: AuditContext, organisationId: string, userId: string, body: MemberUpdateBody) {
  authorizeManageMembers(actor, organisationId);
  return deps.db.transaction(async (tx) => {
    const before = await lockMembership(tx, organisationId, userId);
    const current = stateOf(before);
    const next: MembershipState = { role: body.role ?? current.role, status: body.status ?? current.status };
    if (!canChangeStatus(current.status, next.status)) {
      throw new AppError('INVALID_TRANSITION', { from: current.status, to: next.status });
    }
    if (removesLastAdmin(current, next, await members.countActiveAdmins(tx, organisationId))) throw lastAdmin();
    const decided = next.status !== current.status ? { decidedBy: actor.userId, decidedAt: new Date() } : {};
    const after = await members.updateMembership(tx, before.id, { ...next, ...decided });
    await recordAudit(tx, audit, { action: 'membership.update', entityType: 'membership', entityId: before.id, organisationId, before, after });
    return membershipView(after);
  });
}

/** Removes a member (an admin's act) or leaves / withdraws a request (the member's own). */
export async function removeMember(deps: OrganisationDeps, actor: Actor, audit: AuditContext, organisationId: string, userId: string) {
  const leaving = actor.userId === userId;
  if (!leaving) authorizeManageMembers(actor, organisationId);
  await deps.db.transaction(async (tx) => {
    const before = await lockMembership(tx, organisationId, userId);
    if (removesLastAdmin(stateOf(before), null, await members.countActiveAdmins(tx, organisationId))) throw lastAdmin();
    await members.deleteMembership(tx, before.id);
    await recordAudit(tx, audit, {
      action: leaving ? 'membership.leave' : 'membership.remove',
      entityType: 'membership',
      entityId: before.id,
      organisationId,
      before,
    });
  });
}
