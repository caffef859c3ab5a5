import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The programmes' strings live next to their pages, under the top-level "programmes" key; the reasons of
// their refusals join the shared `errors.reasons` (read by errorText), their notification kinds `notifications.kinds`.
i18n.addResourceBundle(
  'vi',
  'translation',
  { programmes: vi, errors: { reasons: vi.errorReasons }, notifications: { kinds: { programme: vi.notificationKinds } } },
  true,
  true,
);
i18n.addResourceBundle(
  'en',
  'translation',
  { programmes: en, errors: { reasons: en.errorReasons }, notifications: { kinds: { programme: en.notificationKinds } } },
  true,
  true,
);
