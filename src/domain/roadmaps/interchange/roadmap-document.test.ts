import { describe, expect, it } from 'vitest';
import { fishSauceRoadmap } from '../demo/fish-sauce-roadmap.js';
import { newItem } from '../new-roadmap.js';
import type { Roadmap } from '../types.js';
import { exportRoadmap, parseRoadmapDocument, roadmapFromJson, roadmapToJson } from './roadmap-document.js';

/** The demo roadmap with every optional shape in use: quarters, halves, a confidence word, records, a gap note, an enterprise scope. */
const rich: Roadmap = {
  ...fishSauceRoadmap,
  scope: { kind: 'enterprise', organisationId: 'org-cua-hoi' },
  items: [
    ...fishSauceRoadmap.items,
    newItem({
      id: 'gap-t3',
      layerCode: 'technology',
      title: { vi: 'Mức độ tự động hóa', en: 'Degree of automation' },
      period: { start: { year: 2026, quarter: 1 }, end: { year: 2026, half: 2 } },
      confidence: 'medium',
      records: [
        { kind: 'assessment-criterion', id: 'as-1:T3' },
        { kind: 'demand', id: 'd-42' },
      ],
      gap: { criterionCode: 'T3', gapKind: 'equipment', target: 'Tự động hóa khâu chiết rót' },
    }),
  ],
};

/** A deep copy to break, as a file would arrive. */
const documentOf = (roadmap: Roadmap) => JSON.parse(roadmapToJson(roadmap)) as { roadmap: Record<string, unknown> & { items: Record<string, unknown>[] } };

describe('roadmap JSON export and import', () => {
  it('gives back the same roadmap, ids kept', () => {
    const back = roadmapFromJson(roadmapToJson(rich));
    expect(back).toEqual({ ok: true, value: rich });
  });

  it('writes the versioned envelope', () => {
    const document = exportRoadmap(fishSauceRoadmap);
    expect(document).toMatchObject({ format: 'techbridge-roadmap', version: 1, roadmap: { id: 'demo-roadmap-fish-sauce' } });
    expect(document.roadmap).not.toBe(fishSauceRoadmap);
  });

  it('fills what a file from elsewhere may leave out', () => {
    const document = documentOf(fishSauceRoadmap);
    delete document.roadmap.reviewDate;
    delete document.roadmap.technologyMapId;
    for (const item of document.roadmap.items) {
      delete item.description;
      delete item.records;
      delete item.mapNodeId;
      delete item.gap;
      delete item.confidence;
    }
    const result = parseRoadmapDocument(document);
    expect(result.ok && result.value.items[0]).toMatchObject({ description: '', records: [], mapNodeId: null, gap: null, confidence: null });
    expect(result.ok && result.value.reviewDate).toBeNull();
  });
});

describe('a bad import names the field and gives nothing back', () => {
  it('text that is not JSON', () => {
    expect(roadmapFromJson('{"format": "techbridge-roadmap",')).toEqual({ ok: false, issues: [{ field: 'file', code: 'invalid_json' }] });
  });

  it('another format or version', () => {
    expect(parseRoadmapDocument({ format: 'plan', version: 1, roadmap: {} })).toEqual({
      ok: false,
      issues: [{ field: 'format', code: 'wrong_format', expected: 'techbridge-roadmap' }],
    });
    expect(parseRoadmapDocument({ format: 'techbridge-roadmap', version: 2, roadmap: {} })).toEqual({
      ok: false,
      issues: [{ field: 'version', code: 'unsupported_version', expected: '1' }],
    });
  });

  it('malformed values, each at its path', () => {
    const document = documentOf(fishSauceRoadmap);
    document.roadmap.items[1].period = { start: { year: '2027' }, end: { year: 2030, quarter: 5 } };
    document.roadmap.items[2].status = 'finished';
    delete document.roadmap.items[3].title;
    document.roadmap.scope = { kind: 'province' };
    document.roadmap.reviewDate = '2027-02-30';
    const result = parseRoadmapDocument(document);
    expect(result).toEqual({
      ok: false,
      issues: [
        { field: 'roadmap.scope.kind', code: 'not_allowed_value', expected: 'national | sector | enterprise' },
        { field: 'roadmap.reviewDate', code: 'wrong_type', expected: 'date YYYY-MM-DD' },
        { field: 'roadmap.items[1].period.start.year', code: 'wrong_type', expected: 'integer' },
        { field: 'roadmap.items[1].period.end.quarter', code: 'not_allowed_value', expected: '1 | 2 | 3 | 4' },
        { field: 'roadmap.items[2].status', code: 'not_allowed_value', expected: 'idea | planned | in-progress | delivered | dropped' },
        { field: 'roadmap.items[3].title', code: 'required' },
      ],
    });
  });

  it('a well-formed file that breaks the roadmap rules', () => {
    const document = documentOf(fishSauceRoadmap);
    document.roadmap.items[0].period = { start: { year: 2031 }, end: { year: 2032 } };
    (document.roadmap.links as Record<string, unknown>[]).push({ id: 'link-x', kind: 'needs', from: 'p-premium', to: 'nowhere' });
    expect(parseRoadmapDocument(document)).toEqual({
      ok: false,
      issues: [
        { field: 'roadmap.items[0].period.start', code: 'outside_horizon' },
        { field: 'roadmap.items[0].period.end', code: 'outside_horizon' },
        { field: 'roadmap.links[16].to', code: 'unknown_item', ids: ['nowhere'] },
      ],
    });
  });

  it('too many items, and a list where an object belongs', () => {
    const document = documentOf(fishSauceRoadmap);
    document.roadmap.items = Array.from({ length: 2001 }, () => document.roadmap.items[0]);
    document.roadmap.title = ['Lộ trình'];
    expect(parseRoadmapDocument(document)).toEqual({
      ok: false,
      issues: [
        { field: 'roadmap.title', code: 'wrong_type', expected: 'object' },
        { field: 'roadmap.items', code: 'too_many', expected: '≤ 2000' },
      ],
    });
  });
});
