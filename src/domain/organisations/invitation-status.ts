export const invitationStatuses = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/** Invitation links stay valid for two weeks. */
export const INVITATION_VALID_DAYS = 14;

export type InvitationDates = { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null };

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}

/** Accepted and revoked are final; otherwise an invitation is pending until it expires. */
export function invitationStatus(invitation: InvitationDates, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}
