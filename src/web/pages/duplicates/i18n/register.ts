import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The likely duplicates's strings live next to its pages, under the top-level "duplicates" key.
i18n.addResourceBundle('vi', 'translation', { duplicates: vi, errors: { reasons: vi.errorReasons } }, true, true);
i18n.addResourceBundle('en', 'translation', { duplicates: en, errors: { reasons: en.errorReasons } }, true, true);
