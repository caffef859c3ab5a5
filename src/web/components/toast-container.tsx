import { Notifications } from '@mantine/notifications';

/** Where toasts appear, top right. main.tsx loads it with the first toast, not with the first page. */
export function ToastContainer() {
  return <Notifications position="top-right" />;
}
