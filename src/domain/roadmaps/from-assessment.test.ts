import { describe, expect, it } from 'vitest';
import { gapActions, itemsFromAssessmentGaps, type WeakCriterion } from './from-assessment.js';
import { newRoadmap } from './new-roadmap.js';
import { validateRoadmap } from './validate-roadmap.js';

const roadmap = newRoadmap({
  id: 'r',
  title: { vi: 'Lộ trình đổi mới công nghệ của Cửa Hội Xanh', en: '' },
  scope: { kind: 'enterprise', organisationId: 'org-cua-hoi' },
  ownerId: 'org-cua-hoi',
  startYear: 2026,
  horizonYears: 3,
});

const weak = (code: string, gapKind: WeakCriterion['gapKind']): WeakCriterion => ({
  criterionCode: code,
  name: { vi: `Tiêu chí ${code}`, en: `Criterion ${code}` },
  target: `Đạt mức trung bình ngành ở ${code}`,
  gapKind,
});

describe('itemsFromAssessmentGaps', () => {
  it('brings weak criteria in as planned technology items with their target and a link to the criterion', () => {
    const result = itemsFromAssessmentGaps(roadmap, [weak('T3', 'equipment'), weak('O2', 'skills')], { assessmentId: 'as-1' });
    if (!result.ok) throw new Error('refused');
    expect(result.value.items[0]).toEqual({
      id: 'gap-t3',
      layerCode: 'technology',
      title: { vi: 'Tiêu chí T3', en: 'Criterion T3' },
      description: '',
      period: { start: { year: 2026 }, end: { year: 2026 } },
      status: 'planned',
      confidence: null,
      records: [{ kind: 'assessment-criterion', id: 'as-1:T3' }],
      mapNodeId: null,
      gap: { criterionCode: 'T3', gapKind: 'equipment', target: 'Đạt mức trung bình ngành ở T3' },
    });
    expect(validateRoadmap(result.value.roadmap)).toEqual([]);
  });

  it('plans the weakest first: a few per year from the start of the horizon, never past its end', () => {
    const criteria = ['T1', 'T2', 'T3', 'E1', 'E2', 'O1', 'R1', 'I1'].map((code) => weak(code, 'process'));
    const result = itemsFromAssessmentGaps(roadmap, criteria, { assessmentId: 'as-1', perYear: 3 });
    expect(result.ok && result.value.items.map((i) => i.period.start.year)).toEqual([2026, 2026, 2026, 2027, 2027, 2027, 2028, 2028]);
  });

  it('skips criteria already brought in from the same assessment, and keeps ids unique', () => {
    const first = itemsFromAssessmentGaps(roadmap, [weak('T3', 'equipment')], { assessmentId: 'as-1' });
    if (!first.ok) throw new Error('refused');
    const again = itemsFromAssessmentGaps(first.value.roadmap, [weak('T3', 'equipment')], { assessmentId: 'as-1' });
    expect(again.ok && again.value).toMatchObject({ items: [], skipped: ['T3'] });
    const secondAssessment = itemsFromAssessmentGaps(first.value.roadmap, [weak('T3', 'equipment')], { assessmentId: 'as-2' });
    expect(secondAssessment.ok && secondAssessment.value.items.map((i) => i.id)).toEqual(['gap-t3-2']);
  });

  it('refuses a lane the roadmap does not have, naming the criterion', () => {
    expect(itemsFromAssessmentGaps(roadmap, [weak('T3', 'equipment')], { assessmentId: 'as-1', layerCode: 'capability' })).toEqual({
      ok: false,
      issues: [{ field: 'layerCode', code: 'unknown_layer', ids: ['T3'] }],
    });
  });
});

describe('gapActions', () => {
  it('offers experts first for skills and management gaps, a demand first for the others', () => {
    expect(gapActions('equipment')).toEqual(['create-demand', 'find-experts']);
    expect(gapActions('rd')).toEqual(['create-demand', 'find-experts']);
    expect(gapActions('management')).toEqual(['find-experts', 'create-demand']);
  });
});
