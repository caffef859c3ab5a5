import type { Db } from '../../../db/client.js';
import { brokeredOutcomes, summariseConnections, yearRange } from '../../../domain/reports/network-summary.js';
import type { CountryReport, CountryReportQuery, NetworkReport, NetworkReportQuery } from '../../../shared/reports/reports.schemas.js';
import { FieldError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { resolveProvinceInput } from '../reference/reference.service.js';
import type { Language } from '../../../shared/i18n/language.js';
import { codeNames } from './report-names.js';
import { networkReportWorkbook } from './report-workbook.js';
import * as repo from './reports.repository.js';
import { authorizeCountryReport, authorizeReportProvince, authorizeReports } from './reports.policy.js';

/** National for agency staff and admins; a connection point's own provinces for its staff; nobody else. */
async function scopeOf(db: Db, actor: Actor, query: NetworkReportQuery): Promise<string[] | null> {
  const covered = authorizeReports(actor);
  if (!query.province) return covered;
  const resolved = await resolveProvinceInput(db, query.province, query.level);
  if (!resolved) throw new FieldError([{ path: 'province', key: 'unknown_province' }]);
  authorizeReportProvince(covered, resolved.current);
  if (query.level === 'legacy') {
    if (!resolved.legacy) throw new FieldError([{ path: 'province', key: 'unknown_province' }]);
    return [resolved.legacy];
  }
  return [resolved.current];
}

/** The network dashboard: connections, funnel, agreements, events and collection figures for a period. */
export async function networkReport(db: Db, actor: Actor, query: NetworkReportQuery): Promise<NetworkReport> {
  const years = yearRange(query.from, query.to);
  if (!years) throw new FieldError([{ path: 'to', key: 'date_out_of_range' }]);
  const provinces = await scopeOf(db, actor, query);
  // Connection-point staff always see their provinces at the current level.
  const level = provinces && !query.province ? 'current' : query.level;
  const filter = { from: query.from, to: query.to, provinces, level } as const;
  const [sums, agreementRows, brokered, events, collected, supported] = await Promise.all([
    repo.connectionSums(db, filter),
    repo.agreementRows(db, filter),
    repo.brokeredAgreements(db, filter),
    repo.eventOutcomes(db, filter),
    repo.recordsCollected(db, filter),
    repo.enterprisesSupported(db, filter),
  ]);
  const sum = (rows: typeof agreementRows) => ({ count: rows.reduce((s, r) => s + r.count, 0), valueVnd: rows.reduce((s, r) => s + Number(r.valueVnd), 0) });
  const ofKind = (kind: string) => sum(agreementRows.filter((r) => r.kind === kind));
  const byYear = new Map<string, { year: number; kind: string; count: number; valueVnd: number }>();
  for (const r of agreementRows) {
    const key = `${r.year}:${r.kind}`;
    const entry = byYear.get(key) ?? { year: r.year, kind: r.kind, count: 0, valueVnd: 0 };
    byYear.set(key, { ...entry, count: entry.count + r.count, valueVnd: entry.valueVnd + Number(r.valueVnd) });
  }
  const summary = summariseConnections(sums, years);
  return {
    scope: { national: provinces === null, provinces: provinces ?? [], level, from: query.from, to: query.to },
    connections: summary,
    // The cards read these: their counts are the funnel's, so the two cannot disagree.
    outcomes: brokeredOutcomes(summary, brokered),
    agreements: {
      mou: ofKind('mou'),
      transferContract: ofKind('transfer-contract'),
      consultingContract: ofKind('consulting-contract'),
      other: ofKind('other'),
      centreContracts: sum(agreementRows.filter((r) => r.centreOwn)),
      byYear: [...byYear.values()].sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind)),
    },
    events: events.map((e) => ({ ...e, valueVnd: Number(e.valueVnd) })),
    demandsCollected: collected.demands,
    offersCollected: collected.offers,
    enterprisesSupported: supported,
  };
}

/** The dashboard as an Excel workbook in the reader's language, with names instead of codes. */
export async function networkWorkbook(db: Db, actor: Actor, query: NetworkReportQuery, lang: Language) {
  const report = await networkReport(db, actor, query);
  return { report, buffer: await networkReportWorkbook(report, lang, await codeNames(db, lang, report.scope.level)) };
}

/**
 * One partner country's figures for its representative office (or the agency), counted by the network
 * report's own rules: the rollup and funnel narrowed to the country, demands seeking it, offers from it.
 */
export async function countryReport(db: Db, actor: Actor, query: CountryReportQuery): Promise<CountryReport> {
  authorizeCountryReport(actor, query.country);
  const thisYear = new Date().getFullYear();
  const from = query.from ?? query.to ?? thisYear;
  const to = query.to ?? query.from ?? thisYear;
  const years = yearRange(from, to);
  if (!years) throw new FieldError([{ path: 'to', key: 'date_out_of_range' }]);
  const filter = { from, to, provinces: null, level: 'current', partnerCountry: query.country } as const;
  const [sums, brokered, collected, waiting, recorded] = await Promise.all([
    repo.connectionSums(db, filter),
    repo.brokeredAgreements(db, filter),
    repo.recordsCollected(db, filter),
    repo.demandsWaitingFor(db, query.country),
    repo.foreignOffersRecorded(db, filter),
  ]);
  const summary = summariseConnections(sums, years);
  return {
    scope: { country: query.country, from, to },
    demandsSeeking: collected.demands,
    demandsWaiting: waiting,
    foreignOffersRecorded: recorded,
    offersCollected: collected.offers,
    connections: { total: summary.total, byYear: summary.byYear, funnel: summary.funnel, declined: summary.declined, stalled: summary.stalled },
    outcomes: brokeredOutcomes(summary, brokered),
  };
}
