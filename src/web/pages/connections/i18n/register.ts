import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The connection list's own strings, under the top-level "connectionList" key.
i18n.addResourceBundle('vi', 'translation', { connectionList: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { connectionList: en }, true, true);
