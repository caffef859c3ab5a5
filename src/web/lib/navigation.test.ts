import { describe, expect, it } from 'vitest';
import type { MeResponse } from '../../shared/auth.schemas.js';
import { navigationFor } from './navigation.js';

const visitor: MeResponse = { user: null, isPlatformAdmin: false, isAgency: false, memberships: [], connectionPointProvinces: [], repOfficeCountries: [] };
const user = { id: 'u1', email: 'a@b.vn', name: 'A', role: 'user', locale: 'vi', emailVerified: true };
const paths = (me: MeResponse) => navigationFor(me).flatMap((section) => section.items.map((item) => item.to));

describe('navigationFor', () => {
  it('shows a visitor only public pages', () => {
    const shown = paths(visitor);
    expect(shown).toEqual(expect.arrayContaining(['/', '/organisations']));
    expect(shown.some((path) => path.startsWith('/me/') || path.startsWith('/admin/'))).toBe(false);
  });

  it('adds my pages, but no administration, for a member', () => {
    const shown = paths({ ...visitor, user });
    expect(shown).toEqual(expect.arrayContaining(['/me/organisations', '/me/profile']));
    expect(shown.some((path) => path.startsWith('/admin/'))).toBe(false);
  });

  it('gives connection-point staff their provinces and rep offices their partners', () => {
    const staff = paths({ ...visitor, user, connectionPointProvinces: ['40'] });
    expect(staff).toContain('/admin/organisations');
    expect(staff).not.toContain('/admin/users');
    expect(paths({ ...visitor, user, repOfficeCountries: ['KR'] })).toContain('/organisations?kind=foreign');
  });

  it('gives agency staff the reference data and audit, and platform admins users and the outbox', () => {
    const agency = paths({ ...visitor, user, isAgency: true });
    expect(agency).toEqual(expect.arrayContaining(['/admin/reference', '/admin/glossary', '/admin/audit', '/admin/connection-points']));
    expect(agency).not.toContain('/admin/outbox');
    const admin = paths({ ...visitor, user, isPlatformAdmin: true, connectionPointProvinces: ['40'] });
    expect(admin).toEqual(expect.arrayContaining(['/admin/users', '/admin/outbox']));
    expect(admin.filter((path) => path === '/admin/organisations')).toHaveLength(1);
  });
});
