import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeResponse } from '../../shared/auth/auth.schemas.js';
import { apiGet, apiPost } from './client.js';

type Ok = { ok: true };
export const meKey = ['auth', 'me'] as const;

/** Who is signed in (or a visitor), with roles for navigation. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: () => apiGet<MeResponse>('/api/auth/me'), staleTime: 60_000 });
}

/** Sign-in, sign-out and sign-up change who "me" is; everything cached belongs to the old person. */
function useSessionChange<TBody>(path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => apiPost<Ok>(path, body),
    onSuccess: async () => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      await client.invalidateQueries({ queryKey: meKey });
    },
  });
}

export const useSignIn = () => useSessionChange<{ email: string; password: string }>('/api/auth/sign-in');
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
