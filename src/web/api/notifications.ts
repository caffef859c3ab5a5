import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  NotificationItem as NotificationItemSchema,
  NotificationList,
  NotificationPreference as NotificationPreferenceSchema,
} from '../../shared/notifications/notifications.schemas.js';
import { api, apiGet, apiPost } from './client.js';
import { useCursorList } from './cursor-list.js';

export type NotificationItem = z.infer<typeof NotificationItemSchema>;
export type NotificationPreference = z.infer<typeof NotificationPreferenceSchema>;
type NotificationPage = z.infer<typeof NotificationList>;

export const notificationKeys = {
  all: ['notifications'] as const,
  latest: ['notifications', 'latest'] as const,
  list: ['notifications', 'list'] as const,
  preferences: ['notifications', 'preferences'] as const,
};

/** Polling interval of the header bell: new notifications show within a minute. */
const POLL_MS = 45_000;

/** The latest notifications and the unread count, refreshed in the background for the bell. */
export function useLatestNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.latest,
    queryFn: () => apiGet<NotificationPage>('/api/notifications', { limit: 6 }),
    refetchInterval: POLL_MS,
    enabled,
  });
}

export function useNotificationList(unreadOnly: boolean) {
  return useCursorList<NotificationItem>(notificationKeys.list, '/api/notifications', { unread: unreadOnly ? 'true' : undefined });
}

function useNotificationWrite<TArg>(request: (arg: TArg) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }) });
}

export const useMarkRead = () => useNotificationWrite((id: string) => apiPost(`/api/notifications/${id}/read`));
export const useMarkAllRead = () => useNotificationWrite(() => apiPost('/api/notifications/read-all'));

export function useNotificationPreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: () => apiGet<{ items: NotificationPreference[] }>('/api/me/notification-preferences').then((r) => r.items),
  });
}

export function useSaveNotificationPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (items: NotificationPreference[]) => api<{ items: NotificationPreference[] }>('PUT', '/api/me/notification-preferences', { items }),
    onSuccess: (saved) => client.setQueryData(notificationKeys.preferences, saved.items),
  });
}
