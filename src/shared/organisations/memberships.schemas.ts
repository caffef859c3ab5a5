import { z } from 'zod';
import { organisationKinds, memberRoles } from '../../domain/organisations/organisation-kinds.js';
import { emailAddress, optionalText } from './text-fields.js';
import { membershipStatuses } from '../../domain/organisations/membership-rules.js';
import { invitationStatuses } from '../../domain/organisations/invitation-status.js';

export const JOIN_MESSAGE_MAX = 1000;

export const MemberParams = z.object({ id: z.uuid(), userId: z.string().min(1).max(100) });
export const InvitationParams = z.object({ id: z.uuid(), invitationId: z.uuid() });
export const TokenParams = z.object({ token: z.string().min(20).max(100) });

export const JoinRequestBody = z.object({ message: optionalText(JOIN_MESSAGE_MAX) }).meta({ id: 'JoinRequestBody' });

export const MemberUpdateBody = z
  .object({ status: z.enum(['active', 'rejected']).optional(), role: z.enum(memberRoles).optional() })
  .refine((b) => b.status !== undefined || b.role !== undefined, { params: { key: 'blank' }, path: ['status'] })
  .meta({ id: 'MemberUpdateBody' });
export type MemberUpdateBody = z.infer<typeof MemberUpdateBody>;

export const Membership = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    userId: z.string(),
    role: z.enum(memberRoles),
    status: z.enum(membershipStatuses),
    message: z.string().nullable(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'Membership' });
export type Membership = z.infer<typeof Membership>;

export const Member = Membership.extend({ name: z.string(), email: z.string() }).meta({ id: 'Member' });
export type Member = z.infer<typeof Member>;

export const MemberList = z
  .object({ items: z.array(Member), total: z.number().int(), nextCursor: z.null(), canManage: z.boolean() })
  .meta({ id: 'MemberList' });

export const MyMembership = Membership.extend({
  organisation: z.object({ id: z.uuid(), nameVi: z.string(), nameEn: z.string().nullable(), kind: z.enum(organisationKinds), verified: z.boolean() }),
}).meta({ id: 'MyMembership' });
export type MyMembership = z.infer<typeof MyMembership>;

export const MyMembershipList = z.object({ items: z.array(MyMembership), total: z.number().int(), nextCursor: z.null() }).meta({ id: 'MyMembershipList' });

export const InvitationCreateBody = z.object({ email: emailAddress, role: z.enum(memberRoles).default('member') }).meta({ id: 'InvitationCreateBody' });
export type InvitationCreateBody = z.infer<typeof InvitationCreateBody>;

export const Invitation = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    email: z.string(),
    role: z.enum(memberRoles),
    status: z.enum(invitationStatuses),
    expiresAt: z.string(),
    createdAt: z.string(),
    acceptedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof Invitation>;

export const InvitationList = z.object({ items: z.array(Invitation), total: z.number().int(), nextCursor: z.null() }).meta({ id: 'InvitationList' });

/** What the invitation link shows before the invitee signs in. */
export const InvitationPreview = z
  .object({
    organisationId: z.uuid(),
    organisationName: z.string(),
    email: z.string(),
    role: z.enum(memberRoles),
    expired: z.boolean(),
    accepted: z.boolean(),
    revoked: z.boolean(),
  })
  .meta({ id: 'InvitationPreview' });
export type InvitationPreview = z.infer<typeof InvitationPreview>;
