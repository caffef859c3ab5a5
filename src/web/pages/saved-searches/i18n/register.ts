import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The saved searches's strings live next to its pages, under the top-level "savedSearches" key.
i18n.addResourceBundle('vi', 'translation', { savedSearches: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { savedSearches: en }, true, true);

// The notification kind's name on the notification settings page, next to the other kinds.
i18n.addResourceBundle('vi', 'translation', { notifications: vi.notifications }, true, true);
i18n.addResourceBundle('en', 'translation', { notifications: en.notifications }, true, true);
