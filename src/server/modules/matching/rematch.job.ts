import type { Db, Executor } from '../../../db/client.js';
import type { RankedMatch } from '../../../domain/matching/types.js';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import { enqueueJob } from '../../jobs/job-queue.js';
import type { JobRun } from '../../jobs/job-worker.js';
import { connectionPointForProvince, memberIdsOf, staffOfConnectionPoint } from '../connections/connections.repository.js';
import { notify } from '../notifications/notifications.service.js';
import { matchDemands, matchEach, matchExperts, matchOffers, versionedGlossary, type MatchScope } from './matcher.js';
import * as repository from './matching.repository.js';
import { markNotified, saveScores, type MatchSide, type ScoredPair, type StoredMatch } from './stored-matches.repository.js';
import { matchableDemandStatuses, matchableSupplyStatuses } from './matchable-statuses.js';

export const REMATCH_JOB = 'matching.rematch';

/** A match this good (0–100) is announced to both parties, once per pair and side. */
export const STRONG_MATCH_SCORE = 70;
const storedOffers = 20;
const storedExperts = 10;
const storedDemands = 20;

/**
 * `summary`: a burst (an import, a bulk publish) whose new matches each person hears of in one
 * notice, not one per pair; `also`: records of other kinds in the same burst.
 */
type RematchPayload = { type: CatalogueType; ids: string[]; summary?: boolean; also?: Array<{ type: CatalogueType; ids: string[] }> };

/** Queues one re-ranking of records of several kinds, whose new matches each person hears of in one summary. */
export async function enqueueRematchBurst(tx: Executor, groups: Array<{ type: CatalogueType; ids: string[] }>, createdBy: string | null) {
  const [first, ...also] = groups.filter((group) => group.ids.length > 0);
  if (first) await enqueueJob(tx, REMATCH_JOB, { ...first, summary: true, also } satisfies RematchPayload, createdBy);
}

/** Queues a re-ranking of records that were published or changed; inside the change's transaction. */
export async function enqueueRematch(tx: Executor, type: CatalogueType, ids: string[], createdBy: string | null, options: { summary?: boolean } = {}) {
  if (ids.length > 0) await enqueueJob(tx, REMATCH_JOB, { type, ids, ...(options.summary ? { summary: true } : {}) } satisfies RematchPayload, createdBy);
}

type SideRecord = { party: Party; title: string; link: string };
/** What one person will be told at the end of a burst: the distinct new matches and the records they concern. */
type Digest = Map<string, { matches: Set<string>; records: Map<string, SideRecord> }>;

type Party = { ownerOrganisationId: string | null; provinceCode: string | null; createdBy: string | null; userId?: string | null };

/** The record's organisation members, whoever entered it, and the connection point covering its province. */
async function partyRecipients(db: Executor, party: Party): Promise<string[]> {
  const point = await connectionPointForProvince(db, party.provinceCode);
  return [
    ...(await memberIdsOf(db, [party.ownerOrganisationId])),
    ...(await staffOfConnectionPoint(db, point?.id ?? null)),
    ...[party.createdBy, party.userId].filter((id): id is string => !!id),
  ];
}

/** Records ranked together, a few in flight at a time (see matchEach); each is then stored on its own. */
const rematchBatch = 100;

/** Re-ranks each record, stores the scores, and announces strong pairs each side has not yet heard of. */
export async function runRematchJob({ db, config, job, progress }: JobRun) {
  const { type, ids, summary, also = [] } = job.payload as RematchPayload;
  const digest: Digest | undefined = summary ? new Map() : undefined;
  const records = [{ type, ids }, ...also].flatMap((group) => group.ids.map((id) => ({ type: group.type, id })));
  let stored = 0;
  for (let start = 0; start < records.length; start += rematchBatch) {
    const batch = records.slice(start, start + rematchBatch);
    const glossary = await versionedGlossary(db);
    const scope = (statuses: string[], limit: number): MatchScope => ({ statuses, limit, embeddings: config.embeddings, glossary });
    const ranked = await matchEach(batch, (record) => rankRecord(db, record.type, record.id, scope));
    for (const pairs of ranked) stored += (await storeAndAnnounce(db, pairs, digest)).stored;
    if (records.length > 1) await progress(start + batch.length, records.length);
  }
  if (digest) await sendDigest(db, digest);
  return { records: records.length, stored };
}

/** One notice (and so at most one e-mail) per person for the whole burst, linking to the first record concerned. */
async function sendDigest(db: Db, digest: Digest) {
  await db.transaction(async (tx) => {
    for (const [userId, { matches, records }] of digest) {
      const [first] = records.values();
      await notify(tx, [userId], { kind: 'match.summary', params: { count: matches.size, records: records.size, title: first.title }, link: first.link });
    }
  });
}

/** A record's best counterparts as pairs to store; none when the record is gone or no longer matchable. */
async function rankRecord(db: Db, type: CatalogueType, id: string, scope: (statuses: string[], limit: number) => MatchScope): Promise<ScoredPair[]> {
  if (type === 'demand') {
    const row = await repository.findDemand(db, id);
    if (!row || !matchableDemandStatuses.includes(row.status)) return [];
    const demand = repository.toMatchDemand(row);
    const offers = await matchOffers(db, demand, scope(matchableSupplyStatuses, storedOffers));
    const experts = await matchExperts(db, demand, scope(matchableSupplyStatuses, storedExperts));
    return [
      ...offers.map((m) => scored(m, { demandId: id, offerId: m.id, expertId: null })),
      ...experts.map((m) => scored(m, { demandId: id, offerId: null, expertId: m.id })),
    ];
  }
  const row = type === 'offer' ? await repository.findOffer(db, id) : await repository.findExpert(db, id);
  if (!row || !matchableSupplyStatuses.includes(row.status)) return [];
  const supply = type === 'offer' ? repository.toMatchOffer(row as repository.OfferRow) : repository.toMatchExpert(row as repository.ExpertRow);
  const demands = await matchDemands(db, supply, scope(matchableDemandStatuses, storedDemands));
  const pair = (demandId: string) => ({ demandId, offerId: type === 'offer' ? id : null, expertId: type === 'expert' ? id : null });
  return demands.map((m) => scored(m, pair(m.id)));
}

function scored(match: RankedMatch, pair: Omit<ScoredPair, 'score' | 'reasons'>): ScoredPair {
  return { ...pair, score: match.score, reasons: match.reasons };
}

async function storeAndAnnounce(db: Db, pairs: ScoredPair[], digest: Digest | undefined) {
  return db.transaction(async (tx) => {
    const saved = await saveScores(tx, pairs);
    const strong = saved.filter((m) => m.score >= STRONG_MATCH_SCORE);
    await announce(
      tx,
      strong.filter((m) => !m.demandSideNotifiedAt && !m.demandSideDismissedAt),
      'demand',
      digest,
    );
    await announce(
      tx,
      strong.filter((m) => !m.supplySideNotifiedAt && !m.supplySideDismissedAt),
      'supply',
      digest,
    );
    return { stored: saved.length };
  });
}

/**
 * Tells one side of each pair about its new strong match, on the page of that side's record;
 * in a burst, adds it to each person's digest instead.
 */
async function announce(tx: Executor, pairs: StoredMatch[], side: MatchSide, digest: Digest | undefined) {
  for (const pair of pairs) {
    const record = await sideRecord(tx, pair, side);
    if (!record) continue;
    const recipients = [...new Set(await partyRecipients(tx, record.party))];
    if (!digest) {
      await notify(tx, recipients, { kind: 'match.strong', params: { score: pair.score, title: record.title }, link: record.link });
      continue;
    }
    for (const userId of recipients) {
      const entry = digest.get(userId) ?? { matches: new Set<string>(), records: new Map<string, SideRecord>() };
      entry.matches.add(pair.id);
      entry.records.set(record.link, record);
      digest.set(userId, entry);
    }
  }
  await markNotified(
    tx,
    pairs.map((p) => p.id),
    side,
  );
}

async function sideRecord(tx: Executor, pair: StoredMatch, side: MatchSide): Promise<SideRecord | null | undefined> {
  if (side === 'demand') {
    const demand = await repository.findDemand(tx, pair.demandId);
    return demand && { party: demand, title: demand.title, link: `/demands/${demand.id}` };
  }
  if (pair.offerId) {
    const offer = await repository.findOffer(tx, pair.offerId);
    return offer && { party: offer, title: offer.title, link: `/offers/${offer.id}` };
  }
  const expert = pair.expertId ? await repository.findExpert(tx, pair.expertId) : null;
  return expert && { party: expert, title: expert.name, link: `/experts/${expert.id}` };
}
