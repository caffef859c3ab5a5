import { notifications, type NotificationData } from '@mantine/notifications';
import type { TFunction } from 'i18next';

/** A toast whose close button is named for screen readers. */
export function showNotice(t: TFunction, options: NotificationData) {
  notifications.show({ closeButtonProps: { 'aria-label': t('common.close') }, ...options });
}
