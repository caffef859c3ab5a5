import { isConnectionPointStaff, isNetworkStaff, type Actor } from './actor.js';

/** Staff (connection points, agency) and platform admins guard their wider powers with an authenticator. */
export function canUseTwoFactor(actor: Actor | null): boolean {
  return isNetworkStaff(actor) || isConnectionPointStaff(actor);
}

/** Where REQUIRE_ADMIN_TWO_FACTOR holds, a platform admin without an authenticator may only enrol. */
export function mustEnrolTwoFactor(actor: Actor | null, twoFactorEnabled: boolean, required: boolean): boolean {
  return required && !!actor?.isPlatformAdmin && !twoFactorEnabled;
}

/** An admin who must have an authenticator cannot turn it off (only replace it by disabling where not required). */
export function canDisableTwoFactor(actor: Actor, required: boolean): boolean {
  return !(required && actor.isPlatformAdmin);
}
