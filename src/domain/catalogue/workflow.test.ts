import { describe, expect, it } from 'vitest';
import { availableActions, demandMachine, isPublicStatus, publicationMachine, transition } from './workflow.js';

describe('publication workflow (offers, experts)', () => {
  it('goes draft → submitted → returned → submitted → published → archived', () => {
    const steps = [
      ['draft', 'submit', 'submitted'],
      ['submitted', 'return', 'returned'],
      ['returned', 'submit', 'submitted'],
      ['submitted', 'publish', 'published'],
      ['published', 'archive', 'archived'],
    ] as const;
    for (const [from, action, to] of steps) expect(transition(publicationMachine, from, action)).toMatchObject({ ok: true, to });
  });

  it('refuses publishing a draft and names where it would have gone', () => {
    expect(transition(publicationMachine, 'draft', 'publish')).toEqual({ ok: false, from: 'draft', to: 'published' });
    expect(transition(publicationMachine, 'archived', 'submit')).toMatchObject({ ok: false });
  });

  it('sends a published record back to review on a material edit', () => {
    expect(transition(publicationMachine, 'published', 'review')).toMatchObject({ ok: true, to: 'submitted', role: 'editor' });
  });

  it('has no demand-only actions', () => {
    expect(transition(publicationMachine, 'published', 'connect')).toEqual({ ok: false, from: 'published', to: null });
  });

  it('lists what each role may do', () => {
    expect(availableActions(publicationMachine, 'submitted', { editor: false, moderator: true })).toEqual(['publish', 'return']);
    expect(availableActions(publicationMachine, 'draft', { editor: true, moderator: false })).toEqual(['submit', 'archive']);
  });
});

describe('demand workflow', () => {
  it('opens, connects and is fulfilled; archiving closes it', () => {
    expect(transition(demandMachine, 'submitted', 'publish')).toMatchObject({ ok: true, to: 'open', role: 'moderator' });
    expect(transition(demandMachine, 'open', 'connect')).toMatchObject({ ok: true, to: 'connecting' });
    expect(transition(demandMachine, 'connecting', 'fulfil')).toMatchObject({ ok: true, to: 'fulfilled' });
    expect(transition(demandMachine, 'open', 'archive')).toMatchObject({ ok: true, to: 'closed' });
    expect(transition(demandMachine, 'fulfilled', 'close')).toMatchObject({ ok: false });
  });

  it('shows open, connecting and fulfilled demands to the public', () => {
    expect(['draft', 'submitted', 'open', 'connecting', 'fulfilled', 'closed'].filter((s) => isPublicStatus(demandMachine, s))).toEqual([
      'open',
      'connecting',
      'fulfilled',
    ]);
  });
});
