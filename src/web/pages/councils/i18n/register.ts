import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The councils' and the award's strings live next to their pages, under "councils"; their refusals join `errors.reasons`.
i18n.addResourceBundle('vi', 'translation', { councils: vi, errors: { reasons: vi.errorReasons } }, true, true);
i18n.addResourceBundle('en', 'translation', { councils: en, errors: { reasons: en.errorReasons } }, true, true);
