import crypto from 'node:crypto';
import { invitationExpiry, invitationStatus } from '../../../domain/organisations/invitation-status.js';
import type { MemberRole } from '../../../domain/organisations/organisation-kinds.js';
import type { Invitation, InvitationCreateBody, InvitationPreview } from '../../../shared/organisations/memberships.schemas.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Mailer } from '../mail/mailer.js';
import { invitationMail } from '../mail/mail.templates.js';
import * as invitations from './invitations.repository.js';
import type { InvitationRow } from './invitations.repository.js';
import { membershipView } from './members.service.js';
import { addMembership, findMembership, updateMembership } from './members.repository.js';
import { authorizeManageMembers, roleOnAccepting } from './organisations.policy.js';
import { lockOrganisation } from './organisations.repository.js';
import type { OrganisationDeps } from './organisations.service.js';

export type InvitationDeps = OrganisationDeps & { mailer: Mailer; baseUrl: string };

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

function invitationView(row: InvitationRow, now = new Date()): Invitation {
  return {
    id: row.id,
    organisationId: row.organisationId,
    email: row.email,
    role: row.role as MemberRole,
    status: invitationStatus(row, now),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Invites an email address with a role and mails it a link holding a random secret. */
export async function createInvitation(deps: InvitationDeps, actor: Actor, audit: AuditContext, organisationId: string, body: InvitationCreateBody) {
  authorizeManageMembers(actor, organisationId);
  const token = crypto.randomBytes(32).toString('base64url');
  const now = new Date();
  const { row, organisationName } = await deps.db.transaction(async (tx) => {
    const organisation = await lockOrganisation(tx, organisationId);
    if (!organisation) throw notFound('organisation');
    if (await invitations.isActiveMemberByEmail(tx, organisationId, body.email))
      throw new AppError('ALREADY_EXISTS', { entity: 'membership', reason: 'already_member' });
    if (await invitations.hasOpenInvitation(tx, organisationId, body.email, now))
      throw new AppError('ALREADY_EXISTS', { entity: 'invitation', reason: 'already_invited' });
    const row = await invitations.insertInvitation(tx, {
      organisationId,
      email: body.email,
      role: body.role,
      tokenHash: hashToken(token),
      invitedBy: actor.userId,
      expiresAt: invitationExpiry(now),
    });
    await recordAudit(tx, audit, { action: 'invitation.create', entityType: 'invitation', entityId: row.id, organisationId, after: invitationView(row, now) });
    return { row, organisationName: organisation.nameVi };
  });
  // Mail after commit: the outbox write must not share (or wait on) the invitation's transaction.
  await deps.mailer.send(body.email, invitationMail(organisationName, `${deps.baseUrl}/invitations/${token}`));
  return invitationView(row, now);
}

export async function listInvitations(deps: InvitationDeps, actor: Actor, organisationId: string) {
  authorizeManageMembers(actor, organisationId);
  const items = (await invitations.listInvitationsOf(deps.db, organisationId)).map((row) => invitationView(row));
  return { items, total: items.length, nextCursor: null };
}

/** Withdraws an invitation so its link stops working; an accepted one cannot be withdrawn. */
export async function revokeInvitation(deps: InvitationDeps, actor: Actor, audit: AuditContext, organisationId: string, invitationId: string) {
  authorizeManageMembers(actor, organisationId);
  await deps.db.transaction(async (tx) => {
    if (!(await lockOrganisation(tx, organisationId))) throw notFound('organisation');
    const before = await invitations.findInvitation(tx, organisationId, invitationId);
    if (!before) throw notFound('invitation');
    if (before.acceptedAt) throw new AppError('CONFLICT', { reason: 'accepted' });
    if (before.revokedAt) return;
    const after = await invitations.markInvitation(tx, before.id, { revokedAt: new Date() });
    await recordAudit(tx, audit, {
      action: 'invitation.revoke',
      entityType: 'invitation',
      entityId: before.id,
      organisationId,
      before: invitationView(before),
      after: invitationView(after),
    });
  });
}

/** What an invitation link shows to anyone holding it. */
export async function previewInvitation(deps: InvitationDeps, token: string): Promise<InvitationPreview> {
  const found = await invitations.findInvitationByTokenHash(deps.db, hashToken(token));
  if (!found) throw notFound('invitation');
  const status = invitationStatus(found.invitation, new Date());
  const { organisationId, email, role } = found.invitation;
  return {
    organisationId,
    organisationName: found.organisationName,
    email,
    role: role as MemberRole,
    expired: status === 'expired',
    accepted: status === 'accepted',
    revoked: status === 'revoked',
  };
}

/** Makes the signed-in invitee an active member with the invited role (keeping admin if they already were). */
export async function acceptInvitation(deps: InvitationDeps, actor: Actor, audit: AuditContext, token: string) {
  return deps.db.transaction(async (tx) => {
    const tokenHash = hashToken(token);
    const located = await invitations.findInvitationByTokenHash(tx, tokenHash);
    if (!located) throw notFound('invitation');
    // Organisation first, then the invitation: the same lock order as revoking, so the two cannot deadlock.
    await lockOrganisation(tx, located.invitation.organisationId);
    const found = await invitations.findInvitationByTokenHash(tx, tokenHash, true);
    if (!found) throw notFound('invitation');
    const invitation = found.invitation;
    const now = new Date();
    const status = invitationStatus(invitation, now);
    if (status !== 'pending') throw new AppError('CONFLICT', { reason: status });
    if (invitation.email.toLowerCase() !== actor.email.toLowerCase()) throw forbidden('email_mismatch');

    const organisationId = invitation.organisationId;
    const existing = await findMembership(tx, organisationId, actor.userId);
    const role = roleOnAccepting(existing, invitation.role as MemberRole);
    const decision = { role, status: 'active', decidedBy: invitation.invitedBy, decidedAt: now };
    const membership = existing
      ? await updateMembership(tx, existing.id, decision)
      : await addMembership(tx, { organisationId, userId: actor.userId, ...decision });
    const accepted = await invitations.markInvitation(tx, invitation.id, { acceptedAt: now });
    await recordAudit(tx, audit, {
      action: 'invitation.accept',
      entityType: 'invitation',
      entityId: invitation.id,
      organisationId,
      before: invitationView(invitation, now),
      after: invitationView(accepted, now),
    });
    await recordAudit(tx, audit, {
      action: 'membership.join',
      entityType: 'membership',
      entityId: membership.id,
      organisationId,
      before: existing,
      after: membership,
    });
    return membershipView(membership);
  });
}
