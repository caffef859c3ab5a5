/**
 * Minimum-cost flow by successive shortest paths (Dijkstra with potentials; integer costs).
 * Edges start with non-negative costs; flow only ever moves along cheapest residual paths, so
 * after `flow` units the cost is the least possible for that much flow. Written here because the project
 * carries no graph library; the reviewer assignment is its only user.
 */
export type FlowGraph = { head: number[][]; to: number[]; capacity: number[]; cost: number[] };

/** An empty graph on nodes 0..nodes-1. */
export function createFlowGraph(nodes: number): FlowGraph {
  return { head: Array.from({ length: nodes }, () => []), to: [], capacity: [], cost: [] };
}

/** Adds an edge and its residual twin; returns the edge's id (for edgeFlow). */
export function addEdge(graph: FlowGraph, from: number, to: number, capacity: number, cost: number): number {
  if (cost < 0) throw new Error('min-cost-flow: edge costs must be non-negative');
  const id = graph.to.length;
  graph.to.push(to, from);
  graph.capacity.push(capacity, 0);
  graph.cost.push(cost, -cost);
  graph.head[from].push(id);
  graph.head[to].push(id + 1);
  return id;
}

/** Units of flow currently on an edge. */
export const edgeFlow = (graph: FlowGraph, edge: number) => graph.capacity[edge ^ 1];

/**
 * Pushes up to `limit` units from source to sink at least cost; returns how much went and what it
 * cost. Each round finds shortest distances once, then sends a blocking flow (Dinic) along the
 * edges of zero reduced cost, i.e. along every shortest path at once: rounds stay few when many
 * paths cost the same.
 */
export function runMinCostFlow(graph: FlowGraph, source: number, sink: number, limit = Number.POSITIVE_INFINITY): { flow: number; cost: number } {
  const n = graph.head.length;
  const potential = new Array<number>(n).fill(0);
  const total = { flow: 0, cost: 0 };
  const tight = (u: number, e: number) => graph.capacity[e] > 0 && graph.cost[e] + potential[u] - potential[graph.to[e]] === 0;
  while (total.flow < limit) {
    const distance = shortestDistances(graph, source, sink, potential);
    if (distance[sink] === Number.POSITIVE_INFINITY) break;
    // Capping at the sink's distance keeps every residual reduced cost non-negative (as in AtCoder's library).
    for (let v = 0; v < n; v++) potential[v] += Math.min(distance[v], distance[sink]);
    for (;;) {
      const level = tightLevels(graph, source, tight);
      if (level[sink] < 0) break;
      const next = new Array<number>(n).fill(0);
      const push = (u: number, want: number): number => {
        if (u === sink) return want;
        let pushed = 0;
        for (; next[u] < graph.head[u].length; next[u]++) {
          const e = graph.head[u][next[u]];
          const v = graph.to[e];
          if (level[v] !== level[u] + 1 || !tight(u, e)) continue;
          const got = push(v, Math.min(graph.capacity[e], want - pushed));
          graph.capacity[e] -= got;
          graph.capacity[e ^ 1] += got;
          total.cost += got * graph.cost[e];
          pushed += got;
          if (pushed === want) return pushed;
        }
        return pushed;
      };
      const pushed = push(source, limit - total.flow);
      total.flow += pushed;
      if (pushed === 0 || total.flow >= limit) break;
    }
  }
  return total;
}

/** Breadth-first levels from the source over the edges `usable` accepts (-1: not reached). */
function tightLevels(graph: FlowGraph, source: number, usable: (u: number, e: number) => boolean): number[] {
  const level = new Array<number>(graph.head.length).fill(-1);
  level[source] = 0;
  const queue = [source];
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i];
    for (const e of graph.head[u]) {
      const v = graph.to[e];
      if (level[v] < 0 && usable(u, e)) {
        level[v] = level[u] + 1;
        queue.push(v);
      }
    }
  }
  return level;
}

function shortestDistances(graph: FlowGraph, source: number, sink: number, potential: number[]): number[] {
  const n = graph.head.length;
  const distance = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  const done = new Array<boolean>(n).fill(false);
  distance[source] = 0;
  const heap: Array<[number, number]> = [[0, source]];
  while (heap.length > 0) {
    const [d, u] = popMin(heap);
    if (done[u]) continue;
    done[u] = true;
    if (u === sink) break;
    for (const e of graph.head[u]) {
      if (graph.capacity[e] === 0) continue;
      const v = graph.to[e];
      const next = d + graph.cost[e] + potential[u] - potential[v];
      if (!done[v] && next < distance[v]) {
        distance[v] = next;
        pushHeap(heap, [next, v]);
      }
    }
  }
  return distance;
}

/** Nodes reachable from the source along edges with capacity left: after a maximum flow, the source side of a minimum cut. */
export function residualReach(graph: FlowGraph, source: number): boolean[] {
  const seen = new Array<boolean>(graph.head.length).fill(false);
  const stack = [source];
  seen[source] = true;
  while (stack.length > 0) {
    const u = stack.pop() as number;
    for (const e of graph.head[u]) {
      const v = graph.to[e];
      if (graph.capacity[e] > 0 && !seen[v]) {
        seen[v] = true;
        stack.push(v);
      }
    }
  }
  return seen;
}

function pushHeap(heap: Array<[number, number]>, item: [number, number]) {
  heap.push(item);
  for (let i = heap.length - 1; i > 0;) {
    const parent = (i - 1) >> 1;
    if (heap[parent][0] <= heap[i][0]) break;
    [heap[parent], heap[i]] = [heap[i], heap[parent]];
    i = parent;
  }
}

function popMin(heap: Array<[number, number]>): [number, number] {
  const top = heap[0];
  const last = heap.pop() as [number, number];
  if (heap.length > 0) {
    heap[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
      if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
      if (m === i) break;
      [heap[m], heap[i]] = [heap[i], heap[m]];
      i = m;
    }
  }
  return top;
}
