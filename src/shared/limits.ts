/** Limits shared by forms and server. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
export const NAME_MAX = 200;
export const EMAIL_MAX = 254;
export const TEXT_SHORT_MAX = 300;
export const TEXT_LONG_MAX = 5000;
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;
