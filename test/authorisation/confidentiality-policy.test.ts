import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/modules/auth/actor.js';
import { canSeeConfidential, type DemandConnectionFacts } from '../../src/server/modules/catalogue/confidentiality.policy.js';

const actor = (organisationId: string, extra: Partial<Actor> = {}): Actor => ({
  userId: `user-${organisationId}`,
  email: `${organisationId}@test.local`,
  name: organisationId,
  isPlatformAdmin: false,
  memberships: [{ organisationId, organisationName: organisationId, organisationKind: 'enterprise', role: 'member' }],
  isAgency: false,
  connectionPointProvinces: [],
  connectionPointIds: [],
  repOfficeCountries: [],
  ...extra,
});

const owned = { ownerOrganisationId: 'owner', provinceCode: '40', createdBy: 'someone', status: 'open' };
const ownerless = { ...owned, ownerOrganisationId: null };
const link = (c: Partial<DemandConnectionFacts>): DemandConnectionFacts => ({
  seekerOrganisationId: 'owner',
  supplierOrganisationId: 'supplier',
  requestedBy: 'seeker',
  stage: 'proposed',
  resumeStage: null,
  ...c,
});
const supplier = actor('supplier');

describe('who reads a demand’s confidential part (one rule, from stored facts)', () => {
  it('opens it to a supplier the demand’s side asked or accepted, not to one whose request is unanswered', () => {
    expect(canSeeConfidential(supplier, owned, [link({})])).toBe(true);
    expect(canSeeConfidential(supplier, owned, [link({ requestedBy: 'supplier' })])).toBe(false);
    expect(canSeeConfidential(supplier, owned, [link({ requestedBy: 'supplier', stage: 'meeting' })])).toBe(true);
  });

  it('keeps it closed when an unanswered request stalls, and when a connection is declined', () => {
    expect(canSeeConfidential(supplier, owned, [link({ requestedBy: 'supplier', stage: 'stalled', resumeStage: 'proposed' })])).toBe(false);
    expect(canSeeConfidential(supplier, owned, [link({ requestedBy: 'supplier', stage: 'stalled', resumeStage: 'mou' })])).toBe(true);
    expect(canSeeConfidential(supplier, owned, [link({ stage: 'declined', resumeStage: 'accepted' })])).toBe(false);
  });

  it('ignores a connection whose seeker is not the demand’s owner, however it got there', () => {
    const intruder = actor('intruder');
    expect(canSeeConfidential(intruder, owned, [link({ seekerOrganisationId: 'intruder', stage: 'accepted' })])).toBe(false);
    expect(canSeeConfidential(intruder, ownerless, [link({ seekerOrganisationId: 'intruder', requestedBy: 'seeker' })])).toBe(false);
    expect(canSeeConfidential(supplier, ownerless, [link({ seekerOrganisationId: 'intruder', requestedBy: 'seeker', stage: 'accepted' })])).toBe(false);
  });

  it('opens an ownerless demand to the parties a broker connected, and to a supplier the broker accepted', () => {
    expect(canSeeConfidential(actor('named'), ownerless, [link({ seekerOrganisationId: 'named', requestedBy: 'broker' })])).toBe(true);
    expect(canSeeConfidential(supplier, ownerless, [link({ seekerOrganisationId: null, requestedBy: 'supplier', stage: 'accepted' })])).toBe(true);
  });

  it('opens it to the owner, whoever entered it, the covering connection point and the agency; not to anonymous or far staff', () => {
    expect(canSeeConfidential(actor('owner'), owned, [])).toBe(true);
    expect(canSeeConfidential({ ...actor('centre'), userId: 'someone' }, owned, [])).toBe(true);
    expect(canSeeConfidential(actor('centre', { connectionPointProvinces: ['40'] }), owned, [])).toBe(true);
    expect(canSeeConfidential(actor('far', { connectionPointProvinces: ['01'] }), owned, [])).toBe(false);
    expect(canSeeConfidential(actor('agency', { isAgency: true }), owned, [])).toBe(true);
    expect(canSeeConfidential(null, owned, [link({})])).toBe(false);
  });
});
