/// <reference types="vite/client" />
// Every Vietnamese string of the app in one chunk, downloaded only by those who read Vietnamese (en.ts is its twin).
import core from '../vi.json';

const features = import.meta.glob<Record<string, unknown>>(['../../pages/*/i18n/vi.json', '!../../pages/audit/**'], { eager: true, import: 'default' });

export default { core, features };
