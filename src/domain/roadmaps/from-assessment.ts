import { slugify } from '../text/fold.js';
import type { Outcome } from './issues.js';
import { horizonOf } from './item-rules.js';
import { addItem } from './operations.js';
import type { GapKind } from '../assessment/methodology-types.js';
import type { LocalText, Roadmap, RoadmapItem } from './types.js';

/** A weak criterion of an enterprise's technology assessment (Circular 17/2019), weakest first. */
export type WeakCriterion = { criterionCode: string; name: LocalText; target: string; gapKind: GapKind };

export type GapImportOptions = {
  assessmentId: string;
  /** The lane the items go to; the technology lane unless the roadmap's layers say otherwise. */
  layerCode?: string;
  /** How many gaps are planned per year: the first ones in the first year, the next in the second… */
  perYear?: number;
  /** Item ids; by default `gap-<criterion>`, made unique within the roadmap. */
  idOf?: (criterionCode: string) => string;
};

/** How an item is tied to the criterion it came from. */
export const criterionRecordId = (assessmentId: string, criterionCode: string) => `${assessmentId}:${criterionCode}`;

/** The actions a gap item offers, the one that fits its kind first: skills and management gaps look for people, the others for technology. */
export function gapActions(gapKind: GapKind): ('create-demand' | 'find-experts')[] {
  return gapKind === 'skills' || gapKind === 'management' ? ['find-experts', 'create-demand'] : ['create-demand', 'find-experts'];
}

function freshId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The weak criteria brought into the roadmap as planned technology items, each with its target,
 * a link to the criterion, and a period of one year at the start of the horizon. A criterion
 * already brought in from the same assessment is skipped, so doing it twice adds nothing.
 */
export function itemsFromAssessmentGaps(
  roadmap: Roadmap,
  criteria: readonly WeakCriterion[],
  options: GapImportOptions,
): Outcome<{ roadmap: Roadmap; items: RoadmapItem[]; skipped: string[] }> {
  const { assessmentId, layerCode = 'technology', perYear = 3, idOf = (code: string) => `gap-${slugify(code)}` } = options;
  const linked = new Set(roadmap.items.flatMap((item) => item.records.filter((r) => r.kind === 'assessment-criterion').map((r) => r.id)));
  const taken = new Set(roadmap.items.map((item) => item.id));
  const { first, last } = horizonOf(roadmap);
  const skipped = criteria.filter((c) => linked.has(criterionRecordId(assessmentId, c.criterionCode))).map((c) => c.criterionCode);
  const fresh = criteria.filter((c) => !linked.has(criterionRecordId(assessmentId, c.criterionCode)));
  const items = fresh.map((criterion, i): RoadmapItem => {
    const year = Math.min(first + Math.floor(i / Math.max(1, perYear)), last);
    return {
      id: freshId(idOf(criterion.criterionCode), taken),
      layerCode,
      title: { ...criterion.name },
      description: '',
      period: { start: { year }, end: { year } },
      status: 'planned',
      confidence: null,
      records: [{ kind: 'assessment-criterion', id: criterionRecordId(assessmentId, criterion.criterionCode) }],
      mapNodeId: null,
      gap: { criterionCode: criterion.criterionCode, gapKind: criterion.gapKind, target: criterion.target },
    };
  });
  let current = roadmap;
  for (const item of items) {
    const added = addItem(current, item);
    if (!added.ok) return { ok: false, issues: added.issues.map((found) => ({ ...found, ids: [item.gap?.criterionCode ?? item.id] })) };
    current = added.value;
  }
  return { ok: true, value: { roadmap: current, items, skipped } };
}
