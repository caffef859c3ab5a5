import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The import page's strings live next to it, under the top-level "imports" key.
i18n.addResourceBundle('vi', 'translation', { imports: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { imports: en }, true, true);
