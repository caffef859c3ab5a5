import type { z } from 'zod';
import type { Db } from '../../../db/client.js';
import { criterionRecordId, itemsFromAssessmentGaps, type WeakCriterion } from '../../../domain/roadmaps/from-assessment.js';
import type { Roadmap } from '../../../domain/roadmaps/types.js';
import type { Language } from '../../../shared/i18n/language.js';
import type { FromAssessmentBody, LinkableRecordKind, RecordLinkBody } from '../../../shared/roadmaps/roadmaps.schemas.js';
import { AppError } from '../../errors.js';
import { draftDemandFromWeakness } from '../assessment/assessment-demand.service.js';
import { assessmentReport } from '../assessment/assessment.service.js';
import type { AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { fieldProblem, valueOf } from './roadmap-issues.js';
import { recordAccess } from './roadmap-record-access.js';
import { editRoadmap, loadRoadmap } from './roadmaps.service.js';

/** Items tied to records (demands, offers, experts, connections) and built from an assessment's gaps. */

/** 400 on `id` unless the caller may see the record: a roadmap never names what its editor cannot open. */
async function assertVisibleRecord(db: Db, actor: Actor, lang: Language, kind: LinkableRecordKind, id: string) {
  if (!(await recordAccess(db, actor)({ kind, id }))) throw fieldProblem('id', 'record_not_visible', lang);
}

function withItem(doc: Roadmap, itemId: string, change: (records: Roadmap['items'][number]['records']) => Roadmap['items'][number]['records']): Roadmap {
  if (!doc.items.some((item) => item.id === itemId)) throw new AppError('NOT_FOUND', { entity: 'roadmap-item' });
  return { ...doc, items: doc.items.map((item) => (item.id === itemId ? { ...item, records: change(item.records) } : item)) };
}

/** Ties an item to a record the caller may see; the item at once follows the record's state. */
export async function linkRecord(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  lang: Language,
  roadmapId: string,
  itemId: string,
  body: z.infer<typeof RecordLinkBody>,
) {
  await assertVisibleRecord(db, actor, lang, body.kind, body.id);
  const saved = await editRoadmap(db, actor, ctx, roadmapId, body.version, {
    action: 'roadmap.item.link-record',
    apply: (doc) =>
      withItem(doc, itemId, (records) =>
        records.some((r) => r.kind === body.kind && r.id === body.id) ? records : [...records, { kind: body.kind, id: body.id }],
      ),
  });
  return { id: itemId, version: saved.version };
}

export async function unlinkRecord(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  roadmapId: string,
  itemId: string,
  ref: { kind: string; id: string },
  version: number,
) {
  const saved = await editRoadmap(db, actor, ctx, roadmapId, version, {
    action: 'roadmap.item.unlink-record',
    apply: (doc) => withItem(doc, itemId, (records) => records.filter((r) => !(r.kind === ref.kind && r.id === ref.id))),
  });
  return { id: itemId, version: saved.version };
}

/** The enterprise's chosen weak criteria brought in as planned technology items with their target. */
export async function itemsFromAssessment(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  lang: Language,
  roadmapId: string,
  body: z.infer<typeof FromAssessmentBody>,
) {
  const { row } = await loadRoadmap(db, actor, roadmapId);
  const report = await assessmentReport(db, actor, body.assessmentId);
  if (row.scopeKind !== 'enterprise' || report.assessment.organisationId !== row.organisationId) {
    throw fieldProblem('assessmentId', 'assessment_of_other_enterprise', lang);
  }
  const criteria: WeakCriterion[] = body.criteria.map((code, i) => {
    const weakness = report.weaknesses.find((w) => w.code === code);
    if (!weakness) throw fieldProblem(`criteria.${i}`, 'not_a_weakness', lang);
    return { criterionCode: code, name: { vi: weakness.name.vi, en: weakness.name.en }, target: weakness.nextStep[lang], gapKind: weakness.gapKind };
  });
  let added: string[] = [];
  const saved = await editRoadmap(db, actor, ctx, roadmapId, body.version, {
    action: 'roadmap.items-from-assessment',
    apply: (doc) => {
      const result = valueOf(itemsFromAssessmentGaps(doc, criteria, { assessmentId: body.assessmentId }), lang);
      added = result.items.map((item) => item.id);
      return result.roadmap;
    },
  });
  return { itemIds: added, version: saved.version };
}

/** "Create a demand" on a gap item: the assessment module drafts the demand, and the item is tied to it (into matching). */
export async function demandFromGap(db: Db, actor: Actor, ctx: AuditContext, lang: Language, roadmapId: string, itemId: string, version: number) {
  const { row } = await loadRoadmap(db, actor, roadmapId);
  const item = row.document.items.find((i) => i.id === itemId);
  if (!item) throw new AppError('NOT_FOUND', { entity: 'roadmap-item' });
  const criterion = item.records.find((r) => r.kind === 'assessment-criterion');
  if (!item.gap || !criterion) throw fieldProblem('itemId', 'not_a_gap_item', lang);
  const assessmentId = criterion.id.slice(0, criterion.id.length - item.gap.criterionCode.length - 1);
  if (criterionRecordId(assessmentId, item.gap.criterionCode) !== criterion.id) throw fieldProblem('itemId', 'not_a_gap_item', lang);
  if (row.version !== version) throw new AppError('VERSION_CONFLICT', { entity: 'roadmap' });
  const { demandId } = await draftDemandFromWeakness(db, actor, ctx, lang, assessmentId, item.gap.criterionCode);
  const saved = await editRoadmap(db, actor, ctx, roadmapId, version, {
    action: 'roadmap.item.demand-from-gap',
    apply: (doc) => withItem(doc, itemId, (records) => [...records, { kind: 'demand', id: demandId }]),
  });
  return { demandId, version: saved.version };
}
