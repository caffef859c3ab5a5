/** Every error the API answers with; the web client translates these codes, never messages. */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  EMAIL_NOT_VERIFIED: 403,
  ACCOUNT_DISABLED: 403,
  /** A platform admin without an authenticator where REQUIRE_ADMIN_TWO_FACTOR holds: only enrolment is open. */
  TWO_FACTOR_REQUIRED: 403,
  /** A wrong authenticator or backup code. */
  INVALID_TWO_FACTOR_CODE: 401,
  /** The sign-in's second step is over (too old, too many wrong codes, or never started): sign in again. */
  TWO_FACTOR_EXPIRED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  /** Too many wrong passwords in a row: sign-in is locked for a while (details.lockedUntil) and the owner was mailed an unlock link. */
  ACCOUNT_LOCKED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export type FieldIssue = { path: string; code: string; message: string };

export type ErrorBody = {
  error: { code: ErrorCode; message: string; details?: { fields?: FieldIssue[]; requestId?: string } & Record<string, unknown> };
};
