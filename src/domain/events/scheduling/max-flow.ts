/**
 * Dinic's maximum flow. Arcs come in pairs: arc e and its reverse e ^ 1. The network keeps its
 * residual capacities, so `maxFlow` may be called again (say, on more admissible arcs) to push more.
 * Arcs carry a cost for `minCostMaxFlow` (the reverse arc's cost is its negative).
 */
export type FlowNetwork = { nodes: number; arcs: number; head: Int32Array; next: Int32Array; to: Int32Array; residual: Int32Array; cost: Float64Array };

/** An empty network with room for `maxArcs` arcs (each with its reverse). */
export function flowNetwork(nodes: number, maxArcs: number): FlowNetwork {
  const size = 2 * maxArcs;
  return {
    nodes,
    arcs: 0,
    head: new Int32Array(nodes).fill(-1),
    next: new Int32Array(size),
    to: new Int32Array(size),
    residual: new Int32Array(size),
    cost: new Float64Array(size),
  };
}

/** Adds an arc and returns its index. */
export function addArc(net: FlowNetwork, from: number, to: number, capacity: number, cost = 0): number {
  const e = net.arcs;
  net.arcs += 2;
  net.to[e] = to;
  net.to[e + 1] = from;
  net.residual[e] = capacity;
  net.cost[e] = cost;
  net.cost[e + 1] = -cost;
  net.next[e] = net.head[from];
  net.next[e + 1] = net.head[to];
  net.head[from] = e;
  net.head[to] = e + 1;
  return e;
}

/** The flow an arc carries (what its reverse could send back). */
export const flowOn = (net: FlowNetwork, arc: number) => net.residual[arc ^ 1];

/**
 * Pushes as much more flow from source to sink as the residual network allows, on the arcs that
 * `admissible` accepts (all by default); returns how much it added.
 */
export function maxFlow(net: FlowNetwork, source: number, sink: number, admissible: (arc: number) => boolean = () => true): number {
  const { nodes, head, next, to, residual } = net;
  const level = new Int32Array(nodes);
  const queue = new Int32Array(nodes);
  const current = new Int32Array(nodes);
  const path = new Int32Array(nodes);

  const buildLevels = () => {
    level.fill(-1);
    level[source] = 0;
    let tail = 0;
    queue[tail++] = source;
    for (let q = 0; q < tail; q++) {
      const v = queue[q];
      for (let e = head[v]; e >= 0; e = next[e]) {
        if (residual[e] > 0 && level[to[e]] < 0 && admissible(e)) {
          level[to[e]] = level[v] + 1;
          queue[tail++] = to[e];
        }
      }
    }
    return level[sink] >= 0;
  };

  // One augmenting path in the level graph, walked without recursion; dead ends are cut off as found.
  const augment = () => {
    let v = source;
    let depth = 0;
    for (;;) {
      if (v === sink) {
        let pushed = Infinity;
        for (let i = 0; i < depth; i++) pushed = Math.min(pushed, residual[path[i]]);
        for (let i = 0; i < depth; i++) {
          residual[path[i]] -= pushed;
          residual[path[i] ^ 1] += pushed;
        }
        return pushed;
      }
      let e = current[v];
      while (e >= 0 && !(residual[e] > 0 && level[to[e]] === level[v] + 1 && admissible(e))) e = next[e];
      current[v] = e;
      if (e >= 0) {
        path[depth++] = e;
        v = to[e];
        continue;
      }
      if (v === source) return 0;
      level[v] = -1;
      const back = path[--depth];
      v = to[back ^ 1];
      current[v] = next[current[v]];
    }
  };

  let total = 0;
  while (buildLevels()) {
    current.set(head);
    for (let pushed = augment(); pushed > 0; pushed = augment()) total += pushed;
  }
  return total;
}
