import { z } from 'zod';
import { PASSWORD_MAX } from '../limits.js';

const password = z.string().min(1).max(PASSWORD_MAX);
/** A 6-digit authenticator code, or one of the backup codes (`xxxxx-xxxxx`). */
const code = z
  .string()
  .trim()
  .min(6)
  .max(20)
  .regex(/^[0-9A-Za-z-]+$/);

export const TwoFactorPasswordBody = z.object({ password }).meta({ id: 'TwoFactorPasswordBody' });
export const TwoFactorCodeBody = z.object({ code }).meta({ id: 'TwoFactorCodeBody' });

/** What an authenticator app needs (the otpauth URI for the QR code, the key to type in) and the backup codes, shown once. */
export const TwoFactorSetup = z.object({ totpUri: z.string(), secret: z.string(), backupCodes: z.array(z.string()) }).meta({ id: 'TwoFactorSetup' });
export type TwoFactorSetup = z.infer<typeof TwoFactorSetup>;

/** `twoFactorRequired`: the password was right, and the sign-in now waits for an authenticator or backup code. */
export const SignInResponse = z.object({ ok: z.literal(true), twoFactorRequired: z.boolean() }).meta({ id: 'SignInResponse' });
export type SignInResponse = z.infer<typeof SignInResponse>;

/** The signed-in person's two-step verification, for the profile and the enrolment screen. */
export const TwoFactorState = z
  .object({
    /** Staff and platform admins may turn it on. */
    available: z.boolean(),
    enabled: z.boolean(),
    /** It may not be turned off: a platform admin where REQUIRE_ADMIN_TWO_FACTOR holds. */
    mandatory: z.boolean(),
    /** A platform admin who must enrol before anything else (REQUIRE_ADMIN_TWO_FACTOR). */
    enrolmentRequired: z.boolean(),
  })
  .meta({ id: 'TwoFactorState' });

/** Whether a code is an authenticator's (6 digits) rather than a backup code. */
export function isAuthenticatorCode(value: string): boolean {
  return /^\d{6}$/.test(value.trim());
}
