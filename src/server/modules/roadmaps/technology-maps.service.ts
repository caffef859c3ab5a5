import type { Db } from '../../../db/client.js';
import { aggregateGaps } from '../../../domain/roadmaps/technology-map/gaps.js';
import { countByNode, type MatchableRecord } from '../../../domain/roadmaps/technology-map/matcher.js';
import type { TechnologyMap } from '../../../domain/roadmaps/technology-map/types.js';
import { fold } from '../../../domain/text/fold.js';
import { AppError } from '../../errors.js';
import * as repo from './roadmaps.repository.js';

/** Sector technology maps: the tree with Vietnam's level against the world's, and live catalogue counts per node. */

export async function listMaps(db: Db, query: { cursor?: string; limit: number }) {
  const { rows, total, nextCursor } = await repo.listMaps(db, query);
  return { items: rows.map((r) => ({ id: r.id, title: { vi: r.titleVi, en: r.titleEn }, vsicCode: r.vsicCode })), total, nextCursor };
}

type Row = { title: string | null; keywords: string[]; vsicSections?: string[]; fieldCodes: string[] };
const matchable = (r: Row): MatchableRecord => ({
  vsicCodes: r.vsicSections ?? [],
  fieldCodes: r.fieldCodes,
  foldedKeywords: [...r.keywords, r.title ?? ''].map(fold),
});

/** Offers, demands, experts and connections (through their demand and offer) under each node. */
async function liveCounts(db: Db, map: TechnologyMap) {
  const { demandRows, offerRows, expertRows, connectionRows } = await repo.matchableRecords(db);
  type Kind = 'offer' | 'demand' | 'expert' | 'connection';
  const byId = new Map<string, MatchableRecord>();
  const records: { kind: Kind; record: MatchableRecord }[] = [];
  const add = (kind: Kind, id: string, record: MatchableRecord) => {
    byId.set(id, record);
    records.push({ kind, record });
  };
  for (const r of demandRows) add('demand', r.id, matchable(r));
  for (const r of offerRows) add('offer', r.id, matchable(r));
  for (const r of expertRows) records.push({ kind: 'expert', record: matchable(r) });
  for (const c of connectionRows) {
    const parts = [c.demandId, c.offerId].map((id) => (id ? byId.get(id) : undefined)).filter((r) => r !== undefined);
    if (parts.length === 0) continue;
    records.push({
      kind: 'connection',
      record: {
        vsicCodes: parts.flatMap((p) => p.vsicCodes),
        fieldCodes: parts.flatMap((p) => p.fieldCodes),
        foldedKeywords: parts.flatMap((p) => p.foldedKeywords),
      },
    });
  }
  return countByNode(map, records);
}

/** The map with depth, gap and live counts per node, and the roadmaps built on it. */
export async function mapDetail(db: Db, id: string) {
  const row = await repo.findMap(db, id);
  if (!row || !row.published) throw new AppError('NOT_FOUND', { entity: 'technology-map' });
  const map = row.document;
  const counts = await liveCounts(db, map);
  const gaps = aggregateGaps(map);
  const depthOf = new Map<string, number>();
  for (const node of map.nodes) depthOf.set(node.id, node.parentId ? (depthOf.get(node.parentId) ?? 0) + 1 : 0);
  return {
    id: map.id,
    title: map.title,
    vsicCode: map.vsicCode,
    scale: map.scale,
    roadmapIds: await repo.publishedRoadmapsOnMap(db, map.id),
    nodes: map.nodes.map((node) => {
      const c = counts.get(node.id) ?? {};
      return {
        id: node.id,
        parentId: node.parentId,
        kind: node.kind,
        name: node.name,
        depth: depthOf.get(node.id) ?? 0,
        vietnamLevel: node.vietnamLevel,
        worldLevel: node.worldLevel,
        gap: gaps.get(node.id)?.gap ?? null,
        sources: node.sources,
        counts: { offer: c.offer ?? 0, demand: c.demand ?? 0, expert: c.expert ?? 0, connection: c.connection ?? 0 },
      };
    }),
  };
}
