import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The listing quality's strings live next to its pages, under the top-level "listingQuality" key.
i18n.addResourceBundle('vi', 'translation', { listingQuality: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { listingQuality: en }, true, true);
