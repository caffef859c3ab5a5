import { describe, expect, it } from 'vitest';
import { authorizeConsolidate, authorizeOpenDossier, canConsolidate, canSeeAllSheets } from './councils.policy.js';

const secretary = { id: 'm-sec', role: 'secretary' as const, organisationId: 'org-leader' };
const onDossier = ['org-proposer', 'org-leader'];

describe('a secretary who works for an organisation on the dossier', () => {
  // A programme task's leading organisation is chosen after the task came before the council.
  it('neither opens it, nor reads its sheets, nor consolidates it', () => {
    expect(() => authorizeOpenDossier(false, secretary, 'hidden', onDossier)).toThrow();
    expect(canSeeAllSheets(false, secretary, 'hidden', false, onDossier)).toBe(false);
    expect(canConsolidate(secretary, false, onDossier)).toBe(false);
    expect(() => authorizeConsolidate(secretary, onDossier)).toThrow();
  });

  it('follows every other dossier whole, and the convener’s staff follow this one', () => {
    expect(() => authorizeOpenDossier(false, secretary, 'hidden', ['org-other'])).not.toThrow();
    expect(canSeeAllSheets(false, secretary, 'hidden', false, ['org-other'])).toBe(true);
    expect(canConsolidate(secretary, false, ['org-other'])).toBe(true);
    expect(canSeeAllSheets(true, null, 'hidden', false, onDossier)).toBe(true);
  });
});
