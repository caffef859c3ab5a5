import type { Executor } from '../../../db/client.js';
import { listingQuality, meetsThreshold, QUALITY_THRESHOLD, qualityReturnReason, type ListingText } from '../../../domain/catalogue/listing-quality.js';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import { findRecordsByIds, type RowOf } from './catalogue.repository.js';

export type QualityNote = { score: number; missing: string[]; publishable: boolean };

/**
 * Why an offer or demand may not be published under the threshold `minScore` (null: no threshold),
 * or null when it may: its score and missing items, and the return reason (`qualityReturnReason`),
 * which the web shows with the prompts in the reader's language.
 */
export function publicationBlock(type: CatalogueType, row: object, minScore: number | null): { score: number; missing: string[]; reason: string } | null {
  if (minScore === null || type === 'expert') return null;
  const quality = listingQuality(listingOf(type, row as RowOf<typeof type>));
  if (meetsThreshold(quality, minScore)) return null;
  return {
    score: quality.score,
    missing: quality.missing,
    reason: qualityReturnReason({ kind: type, score: quality.score, threshold: minScore, missing: quality.missing }),
  };
}

const joined = (...parts: Array<string | null | undefined>) => parts.filter(Boolean).join('\n');

/** An offer or demand as the listing score reads it: the same inputs as the form's live score. */
function listingOf(type: 'offer' | 'demand', row: RowOf<'offer'> | RowOf<'demand'>): ListingText {
  if (type === 'offer') {
    const o = row as RowOf<'offer'>;
    return {
      kind: 'offer',
      title: o.title,
      text: joined(o.summary, o.description),
      keywords: o.keywords,
      amountVnd: o.priceVnd,
      trl: o.trl,
      ipStatus: o.ipStatus,
      ipNumbers: o.ipNumbers,
      transferForms: o.transferForms,
    };
  }
  const d = row as RowOf<'demand'>;
  const c = d.confidentialDetails ?? {};
  return {
    kind: 'demand',
    title: d.title,
    text: joined(d.publicSummary, c.problem, c.currentProcess, c.desiredOutcome, c.targets, c.constraints),
    keywords: d.keywords,
    amountVnd: d.budgetMaxVnd ?? d.budgetMinVnd,
    trl: d.minTrl,
    deadline: d.deadline,
    transferForms: d.preferredTransferForms,
  };
}

/**
 * The listing score of each offer and demand among `items`, by id, for the moderation queue: a
 * number and the names of the items missing, never the text it was read from.
 */
export async function qualityNotes(
  db: Executor,
  items: Array<{ type: CatalogueType; id: string }>,
  minScore: number | null = QUALITY_THRESHOLD,
): Promise<Map<string, QualityNote>> {
  const notes = new Map<string, QualityNote>();
  for (const type of ['offer', 'demand'] as const) {
    const rows = await findRecordsByIds(
      db,
      type,
      items.filter((i) => i.type === type).map((i) => i.id),
    );
    for (const row of rows) {
      const quality = listingQuality(listingOf(type, row));
      notes.set(row.id, { score: quality.score, missing: quality.missing, publishable: minScore === null || meetsThreshold(quality, minScore) });
    }
  }
  return notes;
}
