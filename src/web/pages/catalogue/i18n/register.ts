import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The catalogue's strings live next to its pages, under the top-level "catalogue" key.
i18n.addResourceBundle('vi', 'translation', { catalogue: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { catalogue: en }, true, true);
