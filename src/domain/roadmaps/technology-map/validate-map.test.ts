import { describe, expect, it } from 'vitest';
import { fishSauceMap } from '../demo/fish-sauce-map.js';
import type { MapNode } from './types.js';
import { validateTechnologyMap } from './validate-map.js';

const nodes = (changes: Record<number, Partial<MapNode>>) => fishSauceMap.nodes.map((node, i) => ({ ...node, ...changes[i] }));

describe('validateTechnologyMap', () => {
  it('accepts the demo map', () => {
    expect(validateTechnologyMap(fishSauceMap)).toEqual([]);
  });

  it('refuses levels off the scale, unknown parents and kinds out of place', () => {
    const map = {
      ...fishSauceMap,
      nodes: nodes({ 1: { worldLevel: 10 }, 2: { parentId: 'ghost' }, 3: { kind: 'product' }, 4: { parentId: null }, 5: { id: 'ns-traditional' } }),
    };
    expect(validateTechnologyMap(map)).toEqual([
      { field: 'nodes[1].worldLevel', code: 'out_of_range', expected: '1–9' },
      { field: 'nodes[2].parentId', code: 'unknown_map_node', ids: ['ghost'] },
      { field: 'nodes[3].parentId', code: 'not_allowed_value', expected: 'none' },
      { field: 'nodes[4].parentId', code: 'required', expected: 'product' },
      { field: 'nodes[5].id', code: 'duplicate_id', ids: ['ns-traditional'] },
    ]);
  });

  it('refuses a code that is not VSIC', () => {
    const map = { ...fishSauceMap, vsicCode: 'Z1', nodes: nodes({ 0: { matcher: { vsicCodes: ['C', '1'], fieldCodes: [], keywords: [] } } }) };
    expect(validateTechnologyMap(map)).toEqual([
      { field: 'vsicCode', code: 'not_allowed_value', expected: 'VSIC 2018 code' },
      { field: 'nodes[0].matcher.vsicCodes[1]', code: 'not_allowed_value', expected: 'VSIC 2018 code' },
    ]);
  });
});
