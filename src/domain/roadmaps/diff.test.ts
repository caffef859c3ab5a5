import { describe, expect, it } from 'vitest';
import { fishSauceRoadmap } from './demo/fish-sauce-roadmap.js';
import { diffRoadmaps, hasChanges } from './diff.js';
import type { Outcome } from './issues.js';
import { newItem } from './new-roadmap.js';
import { addItem, addLink, moveItem, removeItem } from './operations.js';
import { takeSnapshot } from './snapshot.js';
import type { Roadmap } from './types.js';

function value<T>(result: Outcome<T>): T {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
  return result.value;
}

const snapshot = (roadmap: Roadmap) => value(takeSnapshot(roadmap, { id: 's1', name: 'Hội thảo tháng 3', takenAt: '2026-03-15T08:00:00Z' }));

describe('snapshots', () => {
  it('freeze a copy: later edits do not reach it, and it cannot be written to', () => {
    const snap = snapshot(fishSauceRoadmap);
    const moved = value(moveItem(fishSauceRoadmap, 't-enzyme', { period: { start: { year: 2027 }, end: { year: 2028 } } }));
    expect(snap.roadmap.items.find((i) => i.id === 't-enzyme')?.period).toEqual(fishSauceRoadmap.items.find((i) => i.id === 't-enzyme')?.period);
    expect(moved.items.find((i) => i.id === 't-enzyme')?.period.start).toEqual({ year: 2027 });
    expect(() => {
      (snap.roadmap.items[0] as { status: string }).status = 'dropped';
    }).toThrow(TypeError);
    expect(snap.roadmap.items[0]).not.toBe(fishSauceRoadmap.items[0]);
  });

  it('need a name', () => {
    expect(takeSnapshot(fishSauceRoadmap, { id: 's1', name: '  ', takenAt: '2026-03-15T08:00:00Z' })).toEqual({
      ok: false,
      issues: [{ field: 'name', code: 'blank' }],
    });
  });
});

describe('diffRoadmaps', () => {
  it('finds nothing between a roadmap and its snapshot', () => {
    const diff = diffRoadmaps(snapshot(fishSauceRoadmap).roadmap, fishSauceRoadmap);
    expect(hasChanges(diff)).toBe(false);
  });

  it('lists items added, removed, moved, renamed and with another status, and links added and removed', () => {
    const before = snapshot(fishSauceRoadmap).roadmap;
    let now: Roadmap = value(moveItem(fishSauceRoadmap, 't-enzyme', { period: { start: { year: 2027 }, end: { year: 2028 } } }));
    now = value(moveItem(now, 's-wastewater', { period: { start: { year: 2028 }, end: { year: 2030 } }, layerCode: 'rd' }));
    now = {
      ...now,
      items: now.items.map((i) =>
        i.id === 't-traceability'
          ? { ...i, status: 'delivered' }
          : i.id === 'p-powder'
            ? { ...i, title: { vi: 'Bột nêm nước mắm', en: 'Fish-sauce seasoning powder' } }
            : i,
      ),
    };
    const removed = value(removeItem(now, 'r-powder-task'));
    now = removed.roadmap;
    now = value(
      addItem(
        now,
        newItem({
          id: 't-dashboard',
          layerCode: 'technology',
          title: { vi: 'Bảng điều khiển bể chượp', en: '' },
          period: { start: { year: 2028 }, end: { year: 2028 } },
        }),
      ),
    );
    now = value(addLink(now, { id: 'link-new', kind: 'needs', from: 't-enzyme', to: 't-dashboard' }));

    const diff = diffRoadmaps(before, now);
    expect(diff.added.map((i) => i.id)).toEqual(['t-dashboard']);
    expect(diff.removed.map((i) => i.id)).toEqual(['r-powder-task']);
    expect(diff.moved).toEqual([
      {
        id: 't-enzyme',
        from: { layerCode: 'technology', period: { start: { year: 2026, half: 2 }, end: { year: 2028, half: 1 } } },
        to: { layerCode: 'technology', period: { start: { year: 2027 }, end: { year: 2028 } } },
      },
      {
        id: 's-wastewater',
        from: { layerCode: 'resources', period: { start: { year: 2028 }, end: { year: 2030 } } },
        to: { layerCode: 'rd', period: { start: { year: 2028 }, end: { year: 2030 } } },
      },
    ]);
    expect(diff.statusChanged).toEqual([{ id: 't-traceability', from: 'in-progress', to: 'delivered' }]);
    expect(diff.renamed).toEqual([
      {
        id: 'p-powder',
        from: { vi: 'Bột nước mắm cho chế biến thực phẩm', en: 'Fish-sauce powder for food manufacturers' },
        to: { vi: 'Bột nêm nước mắm', en: 'Fish-sauce seasoning powder' },
      },
    ]);
    expect(diff.linksAdded.map((l) => l.id)).toEqual(['link-new']);
    expect(diff.linksRemoved.map((l) => `${l.from} ${l.kind} ${l.to}`)).toEqual(['t-spray-drying delivered-by r-powder-task']);
  });

  it('matches links by what they say, not by their ids', () => {
    const relabelled = { ...fishSauceRoadmap, links: fishSauceRoadmap.links.map((l) => ({ ...l, id: `x-${l.id}` })) };
    expect(hasChanges(diffRoadmaps(fishSauceRoadmap, relabelled))).toBe(false);
  });
});
