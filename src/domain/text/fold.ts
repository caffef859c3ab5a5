/**
 * Accent folding for Vietnamese search keys: NFD, strip combining marks, and map đ/Đ to d
 * (đ has no decomposition). Lower-cased; whitespace collapsed.
 */
export function fold(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text as stored: Unicode NFC, trimmed. */
export function normaliseText(input: string): string {
  return input.normalize('NFC').trim();
}

/** A URL slug from Vietnamese text: "Nghệ An" → "nghe-an". */
export function slugify(input: string): string {
  return fold(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
