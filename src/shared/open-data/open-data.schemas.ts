import { z } from 'zod';
import { statisticsDimensions } from '../../domain/open-data/statistics.js';
import { pageOf } from '../pagination.js';

/** What anyone may do with the open data, stated in every index answer and bulk file listing. */
export const OPEN_DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Mạng lưới kết nối cung – cầu công nghệ quốc gia (TechBridge)',
} as const;

export const HARVEST_PAGE_MAX = 500;

/** A harvester's page: records changed at or after `updatedSince`, oldest change first, `cursor` from the previous page. */
export const HarvestQuery = z.object({
  updatedSince: z.iso.datetime({ offset: true }).optional().describe('ISO 8601 date-time, e.g. 2026-01-01T00:00:00Z'),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(HARVEST_PAGE_MAX).default(100),
});
export type HarvestQuery = z.infer<typeof HarvestQuery>;

/** `total`: how many entries the whole walk since `updatedSince` holds (every page reports the same). */
const harvestPage = <T extends z.ZodType>(item: T, id: string) => pageOf(id, item, { licence: z.string() });

const stamps = { id: z.uuid(), url: z.string(), publishedAt: z.string().nullable(), updatedAt: z.string() };

/** A published offer as the open API gives it: no contacts, no internal ids. */
export const OpenOffer = z
  .object({
    ...stamps,
    language: z.string(),
    title: z.string(),
    summary: z.string().nullable(),
    description: z.string().nullable(),
    translatedTitle: z.string().nullable(),
    translatedSummary: z.string().nullable(),
    keywords: z.array(z.string()),
    sectorCode: z.string().nullable(),
    vsicSections: z.array(z.string()),
    fieldCodes: z.array(z.string()),
    trl: z.number().nullable(),
    ipStatus: z.string().nullable(),
    ipNumbers: z.array(z.string()),
    transferRights: z.array(z.string()),
    transferForms: z.array(z.string()),
    transferModes: z.array(z.string()),
    priceVnd: z.number().nullable(),
    ownerType: z.string().nullable(),
    /** The supplier that published the offer. */
    ownerName: z.string().nullable(),
    country: z.string(),
    provinceCode: z.string().nullable(),
    legacyProvinceCode: z.string().nullable(),
    validUntil: z.string().nullable(),
  })
  .meta({ id: 'OpenOffer' });
export type OpenOffer = z.infer<typeof OpenOffer>;

/** The public part of an open demand: no confidential details, no contacts and no enterprise named. */
export const OpenDemand = z
  .object({
    ...stamps,
    status: z.string(),
    language: z.string(),
    title: z.string(),
    translatedTitle: z.string().nullable(),
    publicSummary: z.string().nullable(),
    keywords: z.array(z.string()),
    sectorCode: z.string().nullable(),
    vsicSections: z.array(z.string()),
    fieldCodes: z.array(z.string()),
    minTrl: z.number().nullable(),
    budgetMinVnd: z.number().nullable(),
    budgetMaxVnd: z.number().nullable(),
    deadline: z.string().nullable(),
    preferredTransferForms: z.array(z.string()),
    seekAbroad: z.boolean(),
    targetCountries: z.array(z.string()),
    country: z.string(),
    provinceCode: z.string().nullable(),
    legacyProvinceCode: z.string().nullable(),
  })
  .meta({ id: 'OpenDemand' });
export type OpenDemand = z.infer<typeof OpenDemand>;

/** A published expert profile (published with the expert's agreement): no e-mail or phone. */
export const OpenExpert = z
  .object({
    ...stamps,
    language: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    affiliationName: z.string().nullable(),
    fieldCodes: z.array(z.string()),
    keywords: z.array(z.string()),
    services: z.array(z.string()),
    bio: z.string().nullable(),
    country: z.string(),
    provinceCode: z.string().nullable(),
  })
  .meta({ id: 'OpenExpert' });
export type OpenExpert = z.infer<typeof OpenExpert>;

/**
 * A matchmaking event as the open API gives it: what its public page shows, its organisers' names
 * and two counts. Never who registered, their notes, booths or meetings. Events are never withdrawn,
 * so their pages carry no tombstones; `updatedAt` is the last change of the event or of its counts.
 */
export const OpenEvent = z
  .object({
    id: z.uuid(),
    url: z.string(),
    updatedAt: z.string(),
    kind: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    summary: z.string().nullable(),
    summaryEn: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string(),
    venue: z.string().nullable(),
    provinceCode: z.string().nullable(),
    legacyProvinceCode: z.string().nullable(),
    /** Names of the organising organisations and connection points. */
    organisers: z.array(z.string()),
    /** Registrations the organisers approved. */
    registrations: z.number(),
    /** 1:1 meetings scheduled and not cancelled. */
    meetings: z.number(),
  })
  .meta({ id: 'OpenEvent' });
export type OpenEvent = z.infer<typeof OpenEvent>;

/** A record that left the public catalogue since the harvester's last walk: withdrawn (archived, expired, closed) or merged into another. */
export const OpenTombstone = z
  .object({
    id: z.uuid(),
    url: z.string(),
    updatedAt: z.string(),
    status: z.enum(['withdrawn', 'merged']),
    mergedIntoId: z.uuid().nullable(),
    mergedIntoUrl: z.string().nullable(),
  })
  .meta({ id: 'OpenTombstone' });

/** Offers and demands pages also carry, in the same order of change, the tombstones of records that left. */
const harvestPageWithTombstones = <T extends z.ZodType>(item: T, id: string) => pageOf(id, item, { removed: z.array(OpenTombstone), licence: z.string() });

export const OpenOfferPage = harvestPageWithTombstones(OpenOffer, 'OpenOfferPage');
export const OpenDemandPage = harvestPageWithTombstones(OpenDemand, 'OpenDemandPage');
export const OpenExpertPage = harvestPage(OpenExpert, 'OpenExpertPage');
export const OpenEventPage = harvestPage(OpenEvent, 'OpenEventPage');

export const StatisticsQuery = z.object({
  from: z.coerce.number().int().min(2000).max(2100).optional(),
  to: z.coerce.number().int().min(2000).max(2100).optional(),
  /** A current province (code or name), or with level=legacy a pre-2025 one. */
  province: z.string().trim().min(1).max(100).optional(),
  level: z.enum(['current', 'legacy']).default('current'),
});
export type StatisticsQuery = z.infer<typeof StatisticsQuery>;

const FigureRow = z
  .object({
    key: z.string(),
    connections: z.number(),
    mous: z.number(),
    mouValueVnd: z.number(),
    contracts: z.number(),
    contractValueVnd: z.number(),
    demands: z.number().nullable(),
    offers: z.number().nullable(),
  })
  .meta({ id: 'StatisticsFigureRow' });
export type FigureRow = z.infer<typeof FigureRow>;

const EventFigureRow = z.object({ key: z.string(), events: z.number(), registrations: z.number(), meetings: z.number() }).meta({ id: 'StatisticsEventRow' });
export type EventFigureRow = z.infer<typeof EventFigureRow>;

export const PublicStatistics = z
  .object({
    scope: z.object({ from: z.number(), to: z.number(), province: z.string().nullable(), level: z.enum(['current', 'legacy']) }),
    totals: FigureRow.omit({ key: true }),
    byYear: z.array(FigureRow),
    byProvince: z.array(FigureRow),
    bySector: z.array(FigureRow),
    byChannel: z.array(FigureRow),
    byCountry: z.array(FigureRow),
    funnel: z.array(z.object({ stage: z.string(), count: z.number() })),
    /** Matchmaking events by the year they start: how many, registrations approved, 1:1 meetings scheduled (not cancelled). */
    events: z.array(EventFigureRow),
    licence: z.string(),
  })
  .meta({ id: 'PublicStatistics' });
export type PublicStatistics = z.infer<typeof PublicStatistics>;

export const statisticsFigures = ['byYear', 'byProvince', 'bySector', 'byChannel', 'byCountry', 'funnel', 'events'] as const;
export type StatisticsFigure = (typeof statisticsFigures)[number];
export const FigureParams = z.object({ figure: z.enum(statisticsFigures) });
export const FigureQuery = StatisticsQuery.extend({ format: z.enum(['csv', 'json']).default('csv') });

export const bulkFiles = [
  'offers.jsonl',
  'offers.csv',
  'demands.jsonl',
  'demands.csv',
  'experts.jsonl',
  'experts.csv',
  'events.jsonl',
  'events.csv',
  'statistics-connections.csv',
  'statistics-agreements.csv',
  'statistics-collected.csv',
  'statistics-events.csv',
] as const;
export const BulkFileParams = z.object({ file: z.enum(bulkFiles) });

export const OpenDataIndex = z
  .object({
    licence: z.object({ name: z.string(), url: z.string(), attribution: z.string() }),
    rateLimitPerMinute: z.number(),
    endpoints: z.array(z.object({ path: z.string(), description: z.string() })),
    bulk: z.array(
      z.object({ name: z.string(), url: z.string(), records: z.number().nullable(), bytes: z.number().nullable(), generatedAt: z.string().nullable() }),
    ),
    dimensions: z.array(z.enum(statisticsDimensions)),
  })
  .meta({ id: 'OpenDataIndex' });
export type OpenDataIndex = z.infer<typeof OpenDataIndex>;
