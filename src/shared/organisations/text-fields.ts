import { z } from 'zod';
import { EMAIL_MAX } from '../limits.js';

/** Text as stored: Unicode NFC and trimmed, checked for length after normalising. */
export const requiredText = (max: number) =>
  z
    .string()
    .overwrite((s) => s.normalize('NFC'))
    // Only spaces look filled in to the person who typed them; say so rather than "at least 1 character".
    .refine((s) => s === '' || s.trim() !== '', { params: { key: 'only_spaces' }, abort: true })
    .trim()
    .min(1)
    .max(max);

/** Optional text: absent leaves it unchanged, null (or only spaces) clears it. */
export const optionalText = (max: number) =>
  z
    .string()
    .overwrite((s) => s.normalize('NFC'))
    .trim()
    .max(max)
    .nullish();

export const emailAddress = z.string().trim().toLowerCase().max(EMAIL_MAX).pipe(z.email());

export const PHONE_MAX = 30;
export const phoneNumber = z
  .string()
  .trim()
  .max(PHONE_MAX)
  .regex(/^\+?[0-9 ().-]{6,}$/);

export const WEBSITE_MAX = 300;
export const website = z.url({ protocol: /^https?$/ }).max(WEBSITE_MAX);

/** ISO 3166-1 alpha-2, upper case. */
export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/);
