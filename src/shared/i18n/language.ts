export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

/** Picks `vi` or `en` from a cookie value or an Accept-Language header; Vietnamese by default. */
export function pickLanguage(...candidates: Array<string | undefined | null>): Language {
  for (const candidate of candidates) {
    if (!candidate) continue;
    for (const part of candidate.split(',')) {
      const tag = part.trim().slice(0, 2).toLowerCase();
      if (tag === 'vi' || tag === 'en') return tag;
    }
  }
  return 'vi';
}
