import type { Methodology, Provenance, Text } from './methodology-types.js';

/** A part of a methodology not yet checked against the published text. */
export type UnverifiedPart = { part: string; note: Text | null };

/** Every unverified part, for the report's "provisional" banner and the editor's checklist. */
export function unverifiedParts(m: Methodology): UnverifiedPart[] {
  const parts: Array<[string, Provenance]> = [
    ['methodology', m],
    ...m.groups.map((g): [string, Provenance] => [`group ${g.code}`, g]),
    ...m.criteria.flatMap((c): Array<[string, Provenance]> => [
      [`criterion ${c.code}`, c],
      [`rule ${c.code}`, c.scoring],
    ]),
    ...m.benchmarks.map((b): [string, Provenance] => [`benchmark ${b.id}`, b]),
    ['coefficient', m.coefficient],
    ['levels', m.levels],
  ];
  return parts.filter(([, p]) => !p.verified).map(([part, p]) => ({ part, note: p.note ?? null }));
}

// Scoring asks once per assessment; a published version does not change, so the answer is kept per document object.
const provisional = new WeakMap<Methodology, boolean>();

/** True when any part is unverified: reports then show a "provisional" banner. */
export function isProvisional(m: Methodology): boolean {
  const known = provisional.get(m);
  if (known !== undefined) return known;
  const answer = unverifiedParts(m).length > 0;
  provisional.set(m, answer);
  return answer;
}
