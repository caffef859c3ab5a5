/// <reference types="vite/client" />
// Every English string of the app in one chunk, downloaded only by those who read English (vi.ts is its twin).
import core from '../en.json';

const features = import.meta.glob<Record<string, unknown>>(['../../pages/*/i18n/en.json', '!../../pages/audit/**'], { eager: true, import: 'default' });

export default { core, features };
