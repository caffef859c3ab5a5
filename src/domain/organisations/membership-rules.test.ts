import { describe, expect, it } from 'vitest';
import { canChangeStatus, removesLastAdmin } from './membership-rules.js';

describe('membership status changes', () => {
  it('lets admins decide pending requests and reconsider rejections', () => {
    expect(canChangeStatus('pending', 'active')).toBe(true);
    expect(canChangeStatus('pending', 'rejected')).toBe(true);
    expect(canChangeStatus('rejected', 'active')).toBe(true);
    expect(canChangeStatus('active', 'active')).toBe(true);
  });

  it('does not "reject" an active member or send anyone back to pending', () => {
    expect(canChangeStatus('active', 'rejected')).toBe(false);
    expect(canChangeStatus('active', 'pending')).toBe(false);
    expect(canChangeStatus('rejected', 'pending')).toBe(false);
  });
});

describe('last admin protection', () => {
  const admin = { role: 'admin', status: 'active' } as const;
  it('refuses demoting or removing the only active admin', () => {
    expect(removesLastAdmin(admin, { role: 'member', status: 'active' }, 1)).toBe(true);
    expect(removesLastAdmin(admin, null, 1)).toBe(true);
  });

  it('allows it when another admin remains, and ignores changes to other members', () => {
    expect(removesLastAdmin(admin, null, 2)).toBe(false);
    expect(removesLastAdmin({ role: 'member', status: 'active' }, null, 1)).toBe(false);
    expect(removesLastAdmin({ role: 'admin', status: 'pending' }, null, 1)).toBe(false);
    expect(removesLastAdmin(admin, admin, 1)).toBe(false);
  });
});
