/**
 * How failed sign-ins and password-reset mails of one account are limited (issue 10). Pure: the
 * server keeps the state in the database (one row per account and kind) and asks these functions
 * what to do with the next request.
 */
export type ThrottleState = {
  count: number;
  firstAt: Date;
  lastAt: Date;
  nextAttemptAt: Date;
  lockedUntil: Date | null;
};

/** Failures allowed back to back; from the next one on, each waits twice as long as the last. */
const FREE_FAILURES = 3;
const LONGEST_DELAY_SECONDS = 5 * 60;
/** This many failures in a row lock the account… */
export const LOCK_AFTER_FAILURES = 10;
/** …for this long, unless its owner unlocks it from the e-mailed link. */
export const LOCK_MINUTES = 30;
/** Failures older than this are forgotten: a typo last week does not count today. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export const RESET_MAILS_PER_HOUR = 3;

export type AttemptDecision =
  | { kind: 'locked'; until: Date }
  | { kind: 'wait'; until: Date }
  /** Go ahead; `state` counts this attempt as a failure until it succeeds (so parallel guesses count too). */
  | { kind: 'allowed'; state: ThrottleState };

/** Seconds before the next attempt after `failures` failures in a row: 0, 0, 2, 4, 8, … up to 5 minutes. */
export function delayAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES + 1), LONGEST_DELAY_SECONDS);
}

export function decideSignInAttempt(state: ThrottleState | null, now: Date): AttemptDecision {
  if (state?.lockedUntil && state.lockedUntil > now) return { kind: 'locked', until: state.lockedUntil };
  if (state && state.nextAttemptAt > now) return { kind: 'wait', until: state.nextAttemptAt };
  // After a lock has run out, or a day without failures, the count starts again.
  const fresh = !state || state.lockedUntil !== null || now.getTime() - state.lastAt.getTime() > FORGET_AFTER_MS;
  const count = (fresh ? 0 : state.count) + 1;
  return {
    kind: 'allowed',
    state: {
      count,
      firstAt: fresh ? now : state.firstAt,
      lastAt: now,
      nextAttemptAt: new Date(now.getTime() + delayAfterFailures(count) * 1000),
      lockedUntil: null,
    },
  };
}

/** When the next attempt may come, counted from the answer to the failure just counted. */
export function nextAttemptAfterFailure(state: ThrottleState, now: Date): Date {
  return new Date(now.getTime() + delayAfterFailures(state.count) * 1000);
}

/** Whether the failure just counted locks the account, and until when. */
export function lockAfterFailure(state: ThrottleState, now: Date): Date | null {
  return state.count >= LOCK_AFTER_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60 * 1000) : null;
}

export type ResetMailDecision = { kind: 'wait'; until: Date } | { kind: 'allowed'; state: ThrottleState };

/** At most RESET_MAILS_PER_HOUR reset mails per account in an hour, counted from the first. */
export function decideResetMail(state: ThrottleState | null, now: Date): ResetMailDecision {
  const windowEnd = state ? new Date(state.firstAt.getTime() + 60 * 60 * 1000) : now;
  if (state && windowEnd > now && state.count >= RESET_MAILS_PER_HOUR) return { kind: 'wait', until: windowEnd };
  const fresh = !state || windowEnd <= now;
  return {
    kind: 'allowed',
    state: { count: (fresh ? 0 : state.count) + 1, firstAt: fresh ? now : state.firstAt, lastAt: now, nextAttemptAt: now, lockedUntil: null },
  };
}
