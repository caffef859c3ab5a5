/**
 * A light English suffix stripper ("dryers" → "dry", "processing" → "process"). It only fires on
 * endings a Vietnamese syllable never has (-s, -d, -r, -ing), so folded Vietnamese passes
 * through untouched: "nuoc", "mam", "xu", "ly".
 */
export function stemEnglish(token: string): string {
  if (token.length < 4 || /\d/.test(token)) return token;
  let stem = token;
  if (stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (/(ss|ch|sh|x)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);

  if (stem.endsWith('ied')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length >= 6 && stem.endsWith('ing')) stem = undouble(stem.slice(0, -3));
  else if (stem.length >= 5 && stem.endsWith('ed')) stem = undouble(stem.slice(0, -2));
  else if (stem.length >= 5 && stem.endsWith('er')) stem = undouble(stem.slice(0, -2));

  // "machine"/"machines" and "produce"/"produced" meet at "machin", "produc".
  if (stem.length >= 5 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}

function undouble(stem: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(stem) && !stem.endsWith('ll') && !stem.endsWith('ss') ? stem.slice(0, -1) : stem;
}
