import type { Executor } from '../../../db/client.js';
import { tallyMonths, tallyOutcome } from '../../../domain/listing-outcomes/listing-outcomes.js';
import type { Language } from '../../../shared/i18n/language.js';
import type { ListingOutcomeMonths, ListingOutcomeReport } from '../../../shared/listing-outcomes/listing-outcomes.schemas.js';
import type { Actor } from '../auth/actor.js';
import { listingOutcomesWorkbook } from './listing-outcomes-workbook.js';
import { authorizeListingOutcome, authorizePointOutcomes, isOwnView } from './listing-outcomes.policy.js';
import {
  findListing,
  findPoint,
  listingCounts,
  moveViewDays,
  oneListing,
  outcomeFacts,
  provinceListings,
  type ListingType,
} from './listing-outcomes.repository.js';
import { flushListingViews, noteListingView } from './view-counter.js';

/** Counts a page view of a listing unless the viewer is its own side; nothing is written now (see view-counter). */
export function countListingView(
  db: Executor,
  actor: Actor | null,
  type: ListingType,
  listing: { id: string; ownerOrganisationId?: string | null; createdBy?: string | null },
): void {
  if (!isOwnView(actor, listing)) noteListingView(db, type, listing.id);
}

/**
 * A merge of duplicates gives the kept listing the merged one's views: this process's buffered
 * views are written first (outside the transaction), then `moveMergedViews` moves them in it.
 */
export const flushViewsBeforeMerge = flushListingViews;

/** Moves the merged-away listing's daily views to the kept one, in the merge's transaction; answers what moved. */
export async function moveMergedViews(tx: Executor, keptId: string, mergedId: string) {
  return moveViewDays(tx, keptId, mergedId);
}

/** What one offer or demand achieved, all time; for its owner side and the staff covering it. */
export async function listingOutcome(db: Executor, actor: Actor, type: ListingType, id: string): Promise<ListingOutcomeReport> {
  const listing = await findListing(db, type, id);
  authorizeListingOutcome(actor, listing);
  // This process's views of the last seconds are written first, so the figure is current.
  await flushListingViews(db);
  const outcome = tallyOutcome(await outcomeFacts(db, oneListing(type, id), null));
  return { recordType: type, recordId: id, title: listing.title, outcome };
}

/** A connection point's offers and demands month by month over a year. */
export async function pointOutcomes(db: Executor, actor: Actor, pointId: string, year: number): Promise<ListingOutcomeMonths> {
  const point = await findPoint(db, pointId);
  authorizePointOutcomes(actor, point);
  await flushListingViews(db);
  const [facts, listings] = await Promise.all([outcomeFacts(db, provinceListings(point.provinces), year), listingCounts(db, point.provinces)]);
  return { connectionPoint: point, year, listings, ...tallyMonths(year, facts) };
}

/** The same table as an Excel workbook in the reader's language. */
export async function pointOutcomesWorkbook(db: Executor, actor: Actor, pointId: string, year: number, language: Language) {
  const report = await pointOutcomes(db, actor, pointId, year);
  return { report, buffer: await listingOutcomesWorkbook(report, language) };
}
