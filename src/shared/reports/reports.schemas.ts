import { z } from 'zod';

export const NetworkReportQuery = z.object({
  from: z.coerce.number().int().min(2000).max(2100),
  to: z.coerce.number().int().min(2000).max(2100),
  /** A current province code, or with level=legacy a legacy code; limits the report to it. */
  province: z.string().trim().max(100).optional(),
  level: z.enum(['current', 'legacy']).default('current'),
});
export type NetworkReportQuery = z.infer<typeof NetworkReportQuery>;

const Count = z.object({ count: z.number() });
const Money = z.object({ count: z.number(), valueVnd: z.number() });
/** Connections opened in the period that reached a stage (the funnel's figure), and the agreements recorded on them. */
const Outcome = z.object({ connections: z.number(), agreements: z.number(), valueVnd: z.number() });

export const NetworkReport = z
  .object({
    scope: z.object({ national: z.boolean(), provinces: z.array(z.string()), level: z.enum(['current', 'legacy']), from: z.number(), to: z.number() }),
    connections: z.object({
      total: z.number(),
      byYear: z.array(Count.extend({ year: z.number() })),
      byChannel: z.array(Count.extend({ channel: z.string() })),
      byCountry: z.array(Count.extend({ country: z.string(), sectors: z.array(Count.extend({ sector: z.string() })) })),
      funnel: z.array(Count.extend({ stage: z.string() })),
      declined: z.number(),
      stalled: z.number(),
      byProvince: z.array(Count.extend({ province: z.string() })),
    }),
    /** Brokered outcomes: the funnel's MoU, contract and transfer figures with the agreements recorded on those connections. */
    outcomes: z.object({ mou: Outcome, contract: Outcome, transferred: z.object({ connections: z.number() }) }),
    /** Every agreement signed in the period, by signing date, whether on a connection, at an event or a centre's own. */
    agreements: z.object({
      mou: Money,
      transferContract: Money,
      consultingContract: Money,
      other: Money,
      /** Contracts a centre signed itself with an enterprise, without a brokered connection. */
      centreContracts: Money,
      byYear: z.array(z.object({ year: z.number(), kind: z.string(), count: z.number(), valueVnd: z.number() })),
    }),
    events: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        startsOn: z.string(),
        provinceCode: z.string().nullable(),
        mous: z.number(),
        agreements: z.number(),
        valueVnd: z.number(),
      }),
    ),
    demandsCollected: z.number(),
    offersCollected: z.number(),
    enterprisesSupported: z.number(),
  })
  .meta({ id: 'NetworkReport' });
export type NetworkReport = z.infer<typeof NetworkReport>;

/** A country's figures for its representative office: one partner country, a period (this year when not given). */
export const CountryReportQuery = z.object({
  country: z.string().trim().length(2).toUpperCase(),
  from: z.coerce.number().int().min(2000).max(2100).optional(),
  to: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type CountryReportQuery = z.infer<typeof CountryReportQuery>;

/**
 * The figures of one partner country, counted by the network report's rules: connections with the
 * country as partner opened in the period, and the stages they reached (the funnel's rule).
 */
export const CountryReport = z
  .object({
    scope: z.object({ country: z.string(), from: z.number(), to: z.number() }),
    /** Demands seeking technology in the country that reached the network in the period. */
    demandsSeeking: z.number(),
    /** Demands seeking the country waiting in the queue now (open or connecting), whatever the period. */
    demandsWaiting: z.number(),
    /** Foreign offers from the country recorded against a demand in the period. */
    foreignOffersRecorded: z.number(),
    /** Offers from the country that reached the network in the period. */
    offersCollected: z.number(),
    connections: z.object({
      total: z.number(),
      byYear: z.array(Count.extend({ year: z.number() })),
      funnel: z.array(Count.extend({ stage: z.string() })),
      declined: z.number(),
      stalled: z.number(),
    }),
    outcomes: z.object({ mou: Outcome, contract: Outcome, transferred: z.object({ connections: z.number() }) }),
  })
  .meta({ id: 'CountryReport' });
export type CountryReport = z.infer<typeof CountryReport>;
