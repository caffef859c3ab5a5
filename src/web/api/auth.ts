import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeResponse } from '../../shared/auth/auth.schemas.js';
import type { SignInResponse, TwoFactorSetup } from '../../shared/auth/two-factor.schemas.js';
import { setLanguage } from '../i18n/i18n.js';
import { apiGet, apiPost } from './client.js';

type Ok = { ok: true };
export const meKey = ['auth', 'me'] as const;

const fetchMe = () => apiGet<MeResponse>('/api/auth/me');

/** Who is signed in (or a visitor), with roles for navigation. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 });
}

/** Sign-in, sign-out and sign-up change who "me" is; everything cached belongs to the old person. */
function useSessionChange<TBody, TAnswer = Ok>(path: string, then?: (me: MeResponse) => Promise<void>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => apiPost<TAnswer>(path, body),
    onSuccess: async () => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      await client.invalidateQueries({ queryKey: meKey });
      // Settled before the caller's own onSuccess (the page it moves to) runs.
      if (then) await then(await client.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 1000 }));
    },
  });
}

/** The language saved in the profile becomes the UI language as soon as the person signs in. */
const applyProfileLanguage = async (me: MeResponse) => {
  if (me.user) await setLanguage(me.user.locale === 'en' ? 'en' : 'vi');
};

export const useSignIn = () => useSessionChange<{ email: string; password: string }, SignInResponse>('/api/auth/sign-in', applyProfileLanguage);
/** The sign-in's second step: an authenticator or backup code. */
export const useTwoFactorSignIn = () => useSessionChange<{ code: string }>('/api/auth/sign-in/two-factor', applyProfileLanguage);
export const useSignOut = () => useSessionChange<Record<string, never>>('/api/auth/sign-out');

export function useSignUp() {
  return useMutation({
    mutationFn: (body: { name: string; email: string; password: string; locale: 'vi' | 'en' }) => apiPost<Ok>('/api/auth/sign-up', body),
  });
}

export function useResendVerification() {
  return useMutation({ mutationFn: (email: string) => apiPost<Ok>('/api/auth/resend-verification', { email }) });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (email: string) => apiPost<Ok>('/api/auth/request-password-reset', { email }) });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: { token: string; newPassword: string }) => apiPost<Ok>('/api/auth/reset-password', body),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => apiPost<Ok>('/api/auth/change-password', body),
  });
}

export function useUnlockAccount() {
  return useMutation({ mutationFn: (token: string) => apiPost<{ unlocked: boolean }>('/api/auth/unlock-account', { token }) });
}

/** Password checked: a new authenticator secret (QR code, key) and its backup codes, not active before `useConfirmTwoFactor`. */
export function useEnableTwoFactor() {
  return useMutation({ mutationFn: (password: string) => apiPost<TwoFactorSetup>('/api/auth/two-factor/enable', { password }) });
}

/**
 * The first code from the app turns two-step verification on. "Me" is reloaded only once the backup
 * codes have been put away (`useReloadMe`), or the admins' enrolment screen would vanish with them.
 */
export function useConfirmTwoFactor() {
  return useMutation({ mutationFn: (code: string) => apiPost<Ok>('/api/auth/two-factor/confirm', { code }) });
}

export function useReloadMe() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: meKey });
}

export function useDisableTwoFactor() {
  const reloadMe = useReloadMe();
  return useMutation({ mutationFn: (password: string) => apiPost<Ok>('/api/auth/two-factor/disable', { password }), onSuccess: reloadMe });
}
