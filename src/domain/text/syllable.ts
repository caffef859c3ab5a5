// A folded Vietnamese syllable: an optional onset, then a nucleus that either ends in a glide
// (no final consonant may follow: "khau", "thieu", "nguoi") or may take one of the eight final
// consonants ("nuoc", "xuat", "nguyen"). Written from the orthography's rules, not a word list.
const onset = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?';
const openNucleus = '(?:oai|oay|oeo|uay|uya|uyu|ieu|yeu|uoi|uou|ai|ao|au|ay|eo|eu|ia|iu|oi|ui|uu)';
const closableNucleus = '(?:uye|ie|ye|uo|ua|oa|oe|uy|ue|oo|[aeiouy])';
const coda = '(?:ng|nh|ch|[cmnpt])?';
const syllable = new RegExp(`^${onset}(?:${openNucleus}|${closableNucleus}${coda})$`);

/**
 * Whether a folded, lower-case word is spelled like a Vietnamese syllable ("quan", "nguyen",
 * "thieu"), as opposed to a foreign word or an English stem ("sauc", "machin", "pump").
 * A few short English words pass too ("chip", "long"): they are spelled like syllables.
 */
export const isVietnameseSyllable = (word: string): boolean => syllable.test(word);
