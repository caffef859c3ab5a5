import { describe, expect, it } from 'vitest';
import { decideStage, isStale, stagesReached, type StageState } from './stages.js';

const at = (stage: StageState['stage'], resumeStage: StageState['resumeStage'] = null): StageState => ({ stage, resumeStage });

describe('connection stages', () => {
  it('moves forward one stage at a time', () => {
    expect(decideStage(at('proposed'), 'accepted')).toEqual({ ok: true, next: at('accepted') });
    expect(decideStage(at('mou'), 'contract')).toEqual({ ok: true, next: at('contract') });
    expect(decideStage(at('contract'), 'transferred')).toEqual({ ok: true, next: at('transferred') });
  });

  it('refuses skipping and going backwards', () => {
    expect(decideStage(at('proposed'), 'meeting')).toEqual({ ok: false, reason: 'skip' });
    expect(decideStage(at('accepted'), 'contract')).toEqual({ ok: false, reason: 'skip' });
    expect(decideStage(at('mou'), 'meeting')).toEqual({ ok: false, reason: 'backwards' });
    expect(decideStage(at('mou'), 'mou')).toEqual({ ok: false, reason: 'same' });
  });

  it('declines or stalls from any open stage and reopens where it stood', () => {
    const stalled = decideStage(at('meeting'), 'stalled');
    expect(stalled).toEqual({ ok: true, next: at('stalled', 'meeting') });
    expect(decideStage(at('stalled', 'meeting'), 'reopened')).toEqual({ ok: true, next: at('meeting') });
    expect(decideStage(at('proposed'), 'declined')).toEqual({ ok: true, next: at('declined', 'proposed') });
    expect(decideStage(at('stalled', 'mou'), 'declined')).toEqual({ ok: true, next: at('declined', 'mou') });
  });

  it('does not move a paused connection forward without reopening, nor reopen an open one', () => {
    expect(decideStage(at('stalled', 'meeting'), 'mou')).toEqual({ ok: false, reason: 'not-paused' });
    expect(decideStage(at('meeting'), 'reopened')).toEqual({ ok: false, reason: 'not-paused' });
  });

  it('treats transferred as finished', () => {
    expect(decideStage(at('transferred'), 'declined')).toEqual({ ok: false, reason: 'finished' });
  });

  it('lists the stages passed, for the funnel', () => {
    expect(stagesReached(at('mou'))).toEqual(['proposed', 'accepted', 'meeting', 'mou']);
    expect(stagesReached(at('stalled', 'accepted'))).toEqual(['proposed', 'accepted']);
  });

  it('finds connections without activity for longer than the configured days', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    expect(isStale(new Date('2026-10-01T00:00:00Z'), now, 30)).toBe(true);
    expect(isStale(new Date('2026-11-10T00:00:00Z'), now, 30)).toBe(false);
  });
});
