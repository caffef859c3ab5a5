import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The saved listings' strings live next to their page, under the top-level "savedListings" key.
i18n.addResourceBundle('vi', 'translation', { savedListings: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { savedListings: en }, true, true);
