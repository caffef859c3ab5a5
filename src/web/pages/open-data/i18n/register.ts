import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The open data's strings live next to its pages, under the top-level "openData" key.
i18n.addResourceBundle('vi', 'translation', { openData: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { openData: en }, true, true);
