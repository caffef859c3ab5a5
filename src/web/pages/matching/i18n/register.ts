import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The organisation's matches page, under the top-level "myMatches" key.
i18n.addResourceBundle('vi', 'translation', { myMatches: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { myMatches: en }, true, true);
