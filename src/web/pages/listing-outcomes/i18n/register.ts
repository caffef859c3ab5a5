import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The listing outcomes' strings live next to their pages, under the top-level "listingOutcomes" key.
i18n.addResourceBundle('vi', 'translation', { listingOutcomes: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { listingOutcomes: en }, true, true);
