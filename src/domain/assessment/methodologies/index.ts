import type { Methodology } from '../methodology-types.js';
import { validateMethodology } from '../validate-methodology.js';
import circular04Document from './tt04-2014.json';
import circular17Document from './tt17-2019.json';

function load(document: unknown): Methodology {
  const result = validateMethodology(document);
  if (!result.ok) throw new Error(`A shipped methodology is invalid: ${result.errors.map((e) => `${e.path}: ${e.message.en}`).join('; ')}`);
  return result.methodology;
}

/** Circular 17/2019/TT-BKHCN: verified structure (5 groups, 26 criteria, 100 points), provisional rules. */
export const circular17 = load(circular17Document);

/** The T-H-I-O model of Circular 04/2014/TT-BKHCN, all provisional; shows the engine is not tied to one methodology. */
export const circular04 = load(circular04Document);
