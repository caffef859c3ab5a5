import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The events' strings live next to their pages, under the top-level "events" key.
i18n.addResourceBundle('vi', 'translation', { events: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { events: en }, true, true);
