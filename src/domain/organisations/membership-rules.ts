import type { MemberRole } from './organisation-kinds.js';

export const membershipStatuses = ['pending', 'active', 'rejected'] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

export type MembershipState = { role: MemberRole; status: MembershipStatus };

/**
 * Admins decide join requests and may reconsider a rejection; an active member is removed
 * (DELETE), not "rejected", so the history stays readable.
 */
export function canChangeStatus(from: MembershipStatus, to: MembershipStatus): boolean {
  if (from === to) return true;
  if (from === 'pending') return to === 'active' || to === 'rejected';
  if (from === 'rejected') return to === 'active';
  return false;
}

const isActiveAdmin = (state: MembershipState | null) => state?.status === 'active' && state.role === 'admin';

/** True when the change (null = removal) would leave the organisation with no active admin. */
export function removesLastAdmin(current: MembershipState, next: MembershipState | null, activeAdmins: number): boolean {
  return isActiveAdmin(current) && !isActiveAdmin(next) && activeAdmins <= 1;
}
