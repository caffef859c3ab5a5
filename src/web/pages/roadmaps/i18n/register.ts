import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The roadmaps' strings live next to their pages, under the top-level "roadmaps" key; the reasons of
// their refusals join the shared `errors.reasons`, their notification kinds `notifications.kinds`.
i18n.addResourceBundle(
  'vi',
  'translation',
  { roadmaps: vi, errors: { reasons: vi.errorReasons }, notifications: { kinds: { roadmap: vi.notificationKinds } } },
  true,
  true,
);
i18n.addResourceBundle(
  'en',
  'translation',
  { roadmaps: en, errors: { reasons: en.errorReasons }, notifications: { kinds: { roadmap: en.notificationKinds } } },
  true,
  true,
);
