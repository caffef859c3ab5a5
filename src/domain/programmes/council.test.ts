import { describe, expect, it } from 'vitest';
import { checkComposition } from './council-composition.js';
import { dossierPanel, mayOpenDossier, type ConflictDeclaration } from './council-conflicts.js';
import { defaultCompositionRules, type CouncilMember, type CouncilRole } from './council-rules.js';

const member = (personId: string, role: CouncilRole, organisationId: string, external = true): CouncilMember => ({ personId, role, organisationId, external });
const sevenPlusSecretary = (): CouncilMember[] => [
  member('chair', 'chair', 'univ-1'),
  member('vice', 'vice-chair', 'inst-1'),
  member('m1', 'member', 'inst-2'),
  member('m2', 'member', 'univ-2'),
  member('m3', 'member', 'agency', false),
  member('m4', 'member', 'agency', false),
  member('m5', 'member', 'bank-1'),
  member('sec', 'secretary', 'agency', false),
];
const identification = defaultCompositionRules.identification;
const declared = (personId: string, dossierId: string, conflict = false): ConflictDeclaration => ({
  personId,
  dossierId,
  conflict,
  reason: conflict ? 'former employer' : null,
  declaredAt: new Date('2019-04-01T00:00:00Z'),
});

describe('council composition', () => {
  it('accepts seven scorers with one chair, a vice-chair, a non-scoring secretary and enough external experts', () => {
    expect(checkComposition(sevenPlusSecretary(), identification, ['ent-1'])).toEqual([]);
  });

  it('reports each broken rule with what was expected', () => {
    const members = sevenPlusSecretary().filter((m) => m.personId !== 'm5');
    members[1] = { ...members[1], role: 'chair' };
    expect(checkComposition(members, identification)).toEqual([
      { path: 'members', key: 'scorer_count', expected: '7 or 9', actual: 6 },
      { path: 'members', key: 'chair_count', expected: '1', actual: 2 },
      { path: 'members', key: 'vice_chair_count', expected: '1-2', actual: 0 },
    ]);
  });

  it('refuses too few external experts, a member twice, and a member from a proposing organisation', () => {
    const members = sevenPlusSecretary().map((m) => ({ ...m, external: m.personId === 'chair' || m.personId === 'vice' }));
    members[6] = { ...members[6], organisationId: 'ent-1' };
    members.push({ ...members[2] });
    members.push(member('m6', 'member', 'inst-9', false));
    expect(checkComposition(members, identification, ['ent-1'])).toEqual([
      { path: 'members', key: 'too_few_external', expected: '3+', actual: 2 },
      { path: 'members[6].organisationId', key: 'member_from_proposing_organisation' },
      { path: 'members[8].personId', key: 'duplicate_member' },
    ]);
  });
});

describe('conflicts of interest and quorum per dossier', () => {
  const dossier = { id: 'd1', organisationIds: ['ent-1', 'inst-2'] };
  const rule = defaultCompositionRules.appraisal;
  const five = [
    member('chair', 'chair', 'univ-1'),
    member('vice', 'vice-chair', 'inst-1'),
    member('a', 'member', 'univ-2'),
    member('b', 'member', 'bank-1'),
    member('c', 'member', 'inst-3'),
    member('sec', 'secretary', 'agency', false),
  ];

  it('lets a member open a dossier only after declaring no conflict, and never one from their own organisation', () => {
    expect(mayOpenDossier(five[2], dossier, [])).toEqual({ ok: false, reason: 'not-declared' });
    expect(mayOpenDossier(five[2], dossier, [declared('a', 'd1')])).toEqual({ ok: true });
    expect(mayOpenDossier(five[2], dossier, [declared('a', 'd1', true)])).toEqual({ ok: false, reason: 'declared-conflict' });
    expect(mayOpenDossier(member('x', 'member', 'inst-2'), dossier, [declared('x', 'd1')])).toEqual({ ok: false, reason: 'same-organisation' });
  });

  it('keeps a council of five quorate when one member declares a conflict, not when two do', () => {
    const oneOut = ['chair', 'vice', 'a', 'b', 'c'].map((p) => declared(p, 'd1', p === 'b'));
    expect(dossierPanel(five, rule, dossier, oneOut)).toMatchObject({
      scorers: ['chair', 'vice', 'a', 'c'],
      excluded: [{ personId: 'b', reason: 'declared-conflict' }],
      required: 4,
      hasQuorum: true,
      presidingId: 'chair',
    });
    const twoOut = ['chair', 'vice', 'a', 'b', 'c'].map((p) => declared(p, 'd1', p === 'b' || p === 'c'));
    expect(dossierPanel(five, rule, dossier, twoOut)).toMatchObject({ hasQuorum: false, canReachQuorum: false });
  });

  it('needs a chair or vice-chair to preside, and counts undeclared members only as a possibility', () => {
    const withoutPresiding = ['chair', 'vice', 'a', 'b', 'c'].map((p) => declared(p, 'd1', p === 'chair' || p === 'vice'));
    const big = [...five, member('d', 'member', 'inst-4'), member('e', 'member', 'inst-5')];
    const panel = dossierPanel(big, rule, dossier, [...withoutPresiding, declared('d', 'd1'), declared('e', 'd1')]);
    expect(panel).toMatchObject({ scorers: ['a', 'b', 'c', 'd', 'e'], presidingId: null, hasQuorum: false });
    expect(dossierPanel(five, rule, dossier, [declared('chair', 'd1')])).toMatchObject({
      hasQuorum: false,
      canReachQuorum: true,
      undeclared: ['vice', 'a', 'b', 'c'],
    });
    expect(
      dossierPanel(
        five,
        rule,
        dossier,
        ['chair', 'vice', 'a', 'b', 'c'].map((p) => declared(p, 'd1')),
        ['a', 'b'],
      ),
    ).toMatchObject({ hasQuorum: false });
  });
});
