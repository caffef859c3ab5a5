import { describe, expect, it } from 'vitest';
import { invitationExpiry, invitationStatus } from './invitation-status.js';

const now = new Date('2026-03-01T00:00:00Z');

describe('invitation status', () => {
  it('expires fourteen days after it was sent', () => {
    expect(invitationExpiry(now).toISOString()).toBe('2026-03-15T00:00:00.000Z');
  });

  it('is pending until expiry, then expired', () => {
    const invitation = { expiresAt: invitationExpiry(now), acceptedAt: null, revokedAt: null };
    expect(invitationStatus(invitation, now)).toBe('pending');
    expect(invitationStatus(invitation, new Date('2026-03-15T00:00:00Z'))).toBe('expired');
  });

  it('stays accepted or revoked whatever the date', () => {
    const later = new Date('2027-01-01T00:00:00Z');
    expect(invitationStatus({ expiresAt: now, acceptedAt: now, revokedAt: null }, later)).toBe('accepted');
    expect(invitationStatus({ expiresAt: now, acceptedAt: null, revokedAt: now }, later)).toBe('revoked');
  });
});
