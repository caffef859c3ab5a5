import { describe, expect, it } from 'vitest';
import { addEdge, createFlowGraph, edgeFlow, residualReach, runMinCostFlow } from './min-cost-flow.js';

// Cheapest perfect matching of an n×n cost matrix by trying every permutation.
function bruteForce(costs: number[][]): number {
  const n = costs.length;
  let best = Number.POSITIVE_INFINITY;
  const used = new Array<boolean>(n).fill(false);
  const walk = (row: number, sum: number) => {
    if (row === n) best = Math.min(best, sum);
    for (let col = 0; col < n; col++) {
      if (used[col]) continue;
      used[col] = true;
      walk(row + 1, sum + costs[row][col]);
      used[col] = false;
    }
  };
  walk(0, 0);
  return best;
}

describe('min-cost flow', () => {
  it('finds the cheapest perfect matching on random cost matrices', () => {
    let state = 7;
    const next = () => (state = (state * 48271) % 2147483647);
    for (let trial = 0; trial < 60; trial++) {
      const n = 1 + (trial % 6);
      const costs = Array.from({ length: n }, () => Array.from({ length: n }, () => next() % 100));
      const graph = createFlowGraph(2 + 2 * n);
      for (let i = 0; i < n; i++) {
        addEdge(graph, 0, 2 + i, 1, 0);
        addEdge(graph, 2 + n + i, 1, 1, 0);
        for (let j = 0; j < n; j++) addEdge(graph, 2 + i, 2 + n + j, 1, costs[i][j]);
      }
      expect(runMinCostFlow(graph, 0, 1), `trial ${trial}`).toEqual({ flow: n, cost: bruteForce(costs) });
    }
  });

  it('reroutes earlier flow when a cheaper total needs it, and stops at the limit', () => {
    // 0 → 2 → 3 → 1 is the cheapest single path; two units must split over 0→2→1 and 0→3→1.
    const graph = createFlowGraph(4);
    const a = addEdge(graph, 0, 2, 1, 1);
    addEdge(graph, 0, 3, 1, 5);
    const middle = addEdge(graph, 2, 3, 1, 1);
    addEdge(graph, 2, 1, 1, 6);
    addEdge(graph, 3, 1, 1, 1);
    expect(runMinCostFlow(createCopy(graph), 0, 1, 1)).toEqual({ flow: 1, cost: 3 });
    expect(runMinCostFlow(graph, 0, 1)).toEqual({ flow: 2, cost: 13 });
    expect([edgeFlow(graph, a), edgeFlow(graph, middle)]).toEqual([1, 0]);
    expect(residualReach(graph, 0)).toEqual([true, false, false, false]);
  });
});

function createCopy(graph: ReturnType<typeof createFlowGraph>) {
  return { head: graph.head.map((h) => [...h]), to: [...graph.to], capacity: [...graph.capacity], cost: [...graph.cost] };
}
