import { maxFlow, type FlowNetwork } from './max-flow.js';

/**
 * Minimum-cost maximum flow by the primal-dual method: Dijkstra on reduced costs gives node
 * potentials, then Dinic pushes a blocking flow along every arc whose reduced cost is zero (all
 * shortest paths at once). The scheduler's costs take three values, so few rounds are needed.
 * Arc costs must be non-negative initially. Returns the flow and its cost.
 */
export function minCostMaxFlow(net: FlowNetwork, source: number, sink: number): { flow: number; cost: number } {
  const { nodes, head, next, to, residual, cost } = net;
  const potential = new Float64Array(nodes);
  const distance = new Float64Array(nodes);
  const heap = minHeap();
  const admissible = (e: number) => cost[e] + potential[to[e ^ 1]] - potential[to[e]] === 0;
  let flow = 0;
  let total = 0;
  for (;;) {
    distance.fill(Infinity);
    distance[source] = 0;
    heap.push(source, 0);
    while (heap.size() > 0) {
      const [v, d] = heap.pop();
      if (d > distance[v]) continue;
      for (let e = head[v]; e >= 0; e = next[e]) {
        if (residual[e] <= 0) continue;
        const w = to[e];
        const nd = d + cost[e] + potential[v] - potential[w];
        if (nd < distance[w]) {
          distance[w] = nd;
          heap.push(w, nd);
        }
      }
    }
    if (distance[sink] === Infinity) break;
    const limit = distance[sink];
    for (let v = 0; v < nodes; v++) potential[v] += Math.min(distance[v], limit);
    const pushed = maxFlow(net, source, sink, admissible);
    flow += pushed;
    total += pushed * (potential[sink] - potential[source]);
  }
  return { flow, cost: total };
}

/** A binary heap of (node, key) pairs, smallest key first; a node may be in it more than once (the caller skips stale entries). */
function minHeap() {
  const nodes: number[] = [];
  const keys: number[] = [];
  const push = (node: number, key: number) => {
    let i = nodes.length;
    nodes.push(node);
    keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      nodes[i] = nodes[parent];
      keys[i] = keys[parent];
      i = parent;
    }
    nodes[i] = node;
    keys[i] = key;
  };
  const pop = (): [number, number] => {
    const top: [number, number] = [nodes[0], keys[0]];
    const node = nodes.pop() as number;
    const key = keys.pop() as number;
    const n = nodes.length;
    if (n === 0) return top;
    let i = 0;
    for (let child = 1; child < n; child = 2 * i + 1) {
      if (child + 1 < n && keys[child + 1] < keys[child]) child += 1;
      if (keys[child] >= key) break;
      nodes[i] = nodes[child];
      keys[i] = keys[child];
      i = child;
    }
    nodes[i] = node;
    keys[i] = key;
    return top;
  };
  return { push, pop, size: () => nodes.length };
}
