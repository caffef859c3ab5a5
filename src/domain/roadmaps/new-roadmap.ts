import { defaultLayers } from './layers.js';
import type { Roadmap, RoadmapItem } from './types.js';

/** A roadmap with nothing on it yet: the five default layers, no review date, no map. */
export function newRoadmap(head: Pick<Roadmap, 'id' | 'title' | 'scope' | 'ownerId' | 'startYear' | 'horizonYears'> & Partial<Roadmap>): Roadmap {
  return { reviewDate: null, technologyMapId: null, layers: defaultLayers(), items: [], links: [], ...head };
}

/** An item with the usual defaults: planned, no description, confidence or records. */
export function newItem(head: Pick<RoadmapItem, 'id' | 'layerCode' | 'title' | 'period'> & Partial<RoadmapItem>): RoadmapItem {
  return { description: '', status: 'planned', confidence: null, records: [], mapNodeId: null, gap: null, ...head };
}
