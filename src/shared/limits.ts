/** Limits shared by forms and server. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const NAME_MAX = 200;
export const EMAIL_MAX = 254;
export const TEXT_SHORT_MAX = 300;
export const TEXT_LONG_MAX = 5000;
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;
/** Largest attachment (PDF, image, office document) accepted. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** Largest JSON Lines or .xlsx file accepted by a bulk import. */
export const IMPORT_FILE_MAX_BYTES = 50 * 1024 * 1024;
/** A note with a change (a connection's stage, an interest, a return comment). */
export const NOTE_MAX = 2000;
