import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The events' strings live next to their pages, under the top-level "events" key; the reasons of
// their refusals join the shared `errors.reasons` (read by errorText), their notification kinds `notifications.kinds`.
i18n.addResourceBundle(
  'vi',
  'translation',
  { events: vi, errors: { reasons: vi.errorReasons }, notifications: { kinds: { event: vi.notificationKinds } } },
  true,
  true,
);
i18n.addResourceBundle(
  'en',
  'translation',
  { events: en, errors: { reasons: en.errorReasons }, notifications: { kinds: { event: en.notificationKinds } } },
  true,
  true,
);
