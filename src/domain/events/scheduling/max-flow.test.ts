import { describe, expect, it } from 'vitest';
import { addArc, flowNetwork, flowOn, maxFlow } from './max-flow.js';
import { minCostMaxFlow } from './min-cost-flow.js';

describe('maxFlow (Dinic)', () => {
  it('finds the maximum flow of a network whose greedy first path is a trap', () => {
    // 0 → 1 → 3 and 0 → 2 → 3, with a cross arc 1 → 2 that a greedy path would waste.
    const net = flowNetwork(4, 5);
    addArc(net, 0, 1, 1);
    addArc(net, 0, 2, 1);
    const cross = addArc(net, 1, 2, 1);
    addArc(net, 1, 3, 1);
    addArc(net, 2, 3, 1);
    expect(maxFlow(net, 0, 3)).toBe(2);
    expect(flowOn(net, cross)).toBe(0);
    expect(maxFlow(net, 0, 3)).toBe(0);
  });

  it('matches every left node of a bipartite graph with a perfect matching that needs rerouting', () => {
    // Left 1..3, right 4..6, source 0, sink 7: 1–{4,5}, 2–{4}, 3–{5,6}.
    const net = flowNetwork(8, 11);
    for (const left of [1, 2, 3]) addArc(net, 0, left, 1);
    for (const right of [4, 5, 6]) addArc(net, right, 7, 1);
    const arcs = [addArc(net, 1, 4, 1), addArc(net, 1, 5, 1), addArc(net, 2, 4, 1), addArc(net, 3, 5, 1), addArc(net, 3, 6, 1)];
    expect(maxFlow(net, 0, 7)).toBe(3);
    expect(arcs.map((arc) => flowOn(net, arc))).toEqual([0, 1, 1, 0, 1]);
  });
});

describe('minCostMaxFlow', () => {
  it('keeps the flow maximal and takes the cheapest arcs among maximal flows', () => {
    // Two units from 0 to 3: the cheap arc 1 → 3 is shared, so one unit must take a dear arc.
    const net = flowNetwork(4, 5);
    addArc(net, 0, 1, 2);
    const cheap = addArc(net, 1, 3, 1, 0);
    const dear = addArc(net, 1, 2, 1, 5);
    const dearer = addArc(net, 1, 3, 1, 7);
    addArc(net, 2, 3, 1, 0);
    expect(minCostMaxFlow(net, 0, 3)).toEqual({ flow: 2, cost: 5 });
    expect([cheap, dear, dearer].map((arc) => flowOn(net, arc))).toEqual([1, 1, 0]);
  });
});
