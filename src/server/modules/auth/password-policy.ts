import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { APIError, createAuthMiddleware } from 'better-auth/api';

/**
 * zxcvbn's score of 3 means "safely unguessable": about 10^8 guesses or more. Lower scores are the
 * passwords of the common and breached lists (`12345678`, `Password@1`, `Qwerty@123`), keyboard
 * walks, repeats and dates, which is what an attacker tries first.
 */
const MIN_SCORE = 3;
/** Words anyone attacking this site would try first, alongside the shipped lists. */
const SITE_WORDS = ['techbridge', 'matkhau', 'vietnam', 'hanoi', 'saigon', 'hochiminh', 'quantri'];

export const PASSWORD_TOO_COMMON = 'PASSWORD_TOO_COMMON';

let estimator: ZxcvbnFactory | undefined;

/** Whether a password is too easy to guess, also from the person's own name and email; the dictionaries load on first use (about 80 ms). */
function isGuessable(password: string, personal: string[]): boolean {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...dictionary, site: SITE_WORDS }, graphs: adjacencyGraphs });
  return estimator.check(password, personal).score < MIN_SCORE;
}

/** The better-auth endpoints that set a password, and the body field that carries it. */
const NEW_PASSWORD_FIELD: Record<string, string> = {
  '/sign-up/email': 'password',
  '/change-password': 'newPassword',
  '/reset-password': 'newPassword',
  '/set-password': 'newPassword',
};

/**
 * Refuses a guessable new password wherever one is set (sign-up, change, reset), the one place the
 * rule lives. Sign-up is checked before better-auth looks the email up, so the answer does not reveal
 * which emails have accounts.
 */
export const refuseGuessablePassword = createAuthMiddleware(async (ctx) => {
  const field = NEW_PASSWORD_FIELD[ctx.path];
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const password = field ? body[field] : undefined;
  if (typeof password !== 'string') return;
  const personal = [body.email, body.name, ctx.context.session?.user.email, ctx.context.session?.user.name].filter((v): v is string => typeof v === 'string');
  if (
    isGuessable(
      password,
      personal.flatMap((v) => v.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3),
    )
  ) {
    throw APIError.from('BAD_REQUEST', { code: PASSWORD_TOO_COMMON, message: 'This password is too common or too easy to guess.' });
  }
});
