import { describe, expect, it } from 'vitest';
import { decideResetMail, decideSignInAttempt, delayAfterFailures, lockAfterFailure, type ThrottleState } from './account-throttle.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 2, 8, 0) + minutes * 60 * 1000);
const state = (fields: Partial<ThrottleState>): ThrottleState => ({
  count: 0,
  firstAt: at(0),
  lastAt: at(0),
  nextAttemptAt: at(0),
  lockedUntil: null,
  ...fields,
});

describe('sign-in throttle', () => {
  it('waits 0, 0, 2, 4, 8 … seconds, at most five minutes', () => {
    expect([1, 2, 3, 4, 5, 6].map(delayAfterFailures)).toEqual([0, 0, 2, 4, 8, 16]);
    expect(delayAfterFailures(30)).toBe(300);
  });

  it('counts each attempt until it succeeds, and refuses one made before the delay is over', () => {
    const allowed = decideSignInAttempt(state({ count: 3 }), at(0));
    expect(allowed).toMatchObject({ kind: 'allowed', state: { count: 4, nextAttemptAt: new Date(at(0).getTime() + 4000) } });
    expect(decideSignInAttempt(state({ count: 4, nextAttemptAt: at(1) }), at(0))).toEqual({ kind: 'wait', until: at(1) });
  });

  it('locks after 10 failures for 30 minutes, and starts counting again once the lock is over', () => {
    expect(lockAfterFailure(state({ count: 9 }), at(0))).toBeNull();
    expect(lockAfterFailure(state({ count: 10 }), at(0))).toEqual(at(30));
    const locked = state({ count: 10, lockedUntil: at(30) });
    expect(decideSignInAttempt(locked, at(29))).toEqual({ kind: 'locked', until: at(30) });
    expect(decideSignInAttempt(locked, at(31))).toMatchObject({ kind: 'allowed', state: { count: 1, lockedUntil: null } });
  });

  it('forgets failures after a day without any', () => {
    expect(decideSignInAttempt(state({ count: 8 }), at(24 * 60 + 1))).toMatchObject({ kind: 'allowed', state: { count: 1 } });
  });
});

describe('password-reset mail limit', () => {
  it('allows three mails an hour from the first, then waits for the hour to end', () => {
    expect(decideResetMail(state({ count: 2 }), at(10))).toMatchObject({ kind: 'allowed', state: { count: 3, firstAt: at(0) } });
    expect(decideResetMail(state({ count: 3 }), at(10))).toEqual({ kind: 'wait', until: at(60) });
    expect(decideResetMail(state({ count: 3 }), at(61))).toMatchObject({ kind: 'allowed', state: { count: 1, firstAt: at(61) } });
  });
});
