import { describe, expect, it } from 'vitest';
import type { Abilities, MeResponse } from '../../shared/auth/auth.schemas.js';
import { navigationFor } from './navigation.js';

const none: Abilities = {
  postRecords: false,
  useWorkspace: false,
  postOnBehalf: false,
  moderate: false,
  overseeNetwork: false,
  import: false,
  seeReports: false,
  seeNationalReports: false,
  workForeignQueue: false,
  manageRegionOrganisations: false,
  administerOrganisations: false,
  administerUsers: false,
  manageConnectionPoints: false,
  editReference: false,
  editGlossary: false,
  readAudit: false,
  readOutbox: false,
  joinOrganisation: false,
  startRoadmaps: [],
};
const visitor: MeResponse = {
  user: null,
  abilities: none,
  memberships: [],
  connectionPointProvinces: [],
  repOfficeCountries: [],
  twoFactor: { available: false, enabled: false, mandatory: false, enrolmentRequired: false },
};
const networkStaff: Partial<Abilities> = {
  overseeNetwork: true,
  administerOrganisations: true,
  manageConnectionPoints: true,
  editReference: true,
  editGlossary: true,
  readAudit: true,
  seeReports: true,
};
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

  it('shows the workspace, matches and assessments by the useWorkspace ability, not by the memberships it is given', () => {
    const membership = { organisationId: 'o1', organisationName: 'O', organisationKind: 'enterprise' as const, role: 'member' as const };
    expect(paths({ ...visitor, user, memberships: [membership] })).not.toContain('/workspace');
    const shown = paths({ ...visitor, user, abilities: { ...none, useWorkspace: true } });
    expect(shown).toEqual(expect.arrayContaining(['/workspace', '/matches', '/assessments']));
  });

  it('gives connection-point staff their provinces and rep offices their partners', () => {
    const staff = paths({ ...visitor, user, abilities: { ...none, moderate: true, manageRegionOrganisations: true, seeReports: true } });
    expect(staff).toContain('/admin/organisations');
    expect(staff).not.toContain('/admin/users');
    expect(paths({ ...visitor, user, abilities: { ...none, workForeignQueue: true } })).toContain('/organisations?kind=foreign');
  });

  it('gives agency staff the reference data and audit, and platform admins users and the outbox', () => {
    const agency = paths({ ...visitor, user, abilities: { ...none, ...networkStaff } });
    expect(agency).toEqual(expect.arrayContaining(['/admin/reference', '/admin/glossary', '/admin/audit', '/admin/connection-points']));
    expect(agency).not.toContain('/admin/outbox');
    const admin = paths({ ...visitor, user, abilities: { ...none, ...networkStaff, moderate: true, administerUsers: true, readOutbox: true } });
    expect(admin).toEqual(expect.arrayContaining(['/admin/users', '/admin/outbox']));
    expect(admin.filter((path) => path === '/admin/organisations')).toHaveLength(1);
  });
});
