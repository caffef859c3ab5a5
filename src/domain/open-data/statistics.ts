import { progressStages, stagesReached, type ConnectionStage, type ProgressStage } from '../connections/stages.js';

/**
 * The public statistics are sums over three kinds of cells, each already an aggregate (no record,
 * no party): connections (the dashboards' rollup), agreements and collected records. The bulk
 * download publishes the very same cells, so anyone can recompute every figure.
 */
export type ConnectionCell = {
  year: number;
  province: string;
  legacyProvince: string;
  channel: string;
  partnerCountry: string;
  sector: string;
  stage: string;
  resumeStage: string;
  count: number;
};
export type AgreementCell = {
  year: number;
  province: string;
  legacyProvince: string;
  /** Of the connection it was signed on; '' for an agreement without one (a centre's own, an event's). */
  channel: string;
  partnerCountry: string;
  sector: string;
  kind: string;
  count: number;
  valueVnd: number;
};
export type CollectedCell = {
  kind: 'demand' | 'offer';
  year: number;
  province: string;
  legacyProvince: string;
  country: string;
  sector: string;
  count: number;
};
/** Matchmaking events by the year they start, their province and kind: how many, their approved registrations and their scheduled 1:1 meetings. */
export type EventCell = {
  year: number;
  province: string;
  legacyProvince: string;
  kind: string;
  events: number;
  registrations: number;
  meetings: number;
};
export type StatisticsCells = { connections: ConnectionCell[]; agreements: AgreementCell[]; collected: CollectedCell[]; events: EventCell[] };

/** One year of the events figure. */
export type EventFigureRow = { key: string; events: number; registrations: number; meetings: number };

export const statisticsDimensions = ['year', 'province', 'sector', 'channel', 'country'] as const;
export type StatisticsDimension = (typeof statisticsDimensions)[number];

/** One line of a figure: its key (a year, a province code, a sector letter…) and every measure; null where a measure does not apply. */
export type FigureRow = {
  key: string;
  connections: number;
  mous: number;
  mouValueVnd: number;
  contracts: number;
  contractValueVnd: number;
  demands: number | null;
  offers: number | null;
};

export type StatisticsFilter = { from: number; to: number; province: string | null; level: 'current' | 'legacy' };

export type PublicStatistics = {
  totals: Omit<FigureRow, 'key'>;
  byYear: FigureRow[];
  byProvince: FigureRow[];
  bySector: FigureRow[];
  byChannel: FigureRow[];
  byCountry: FigureRow[];
  funnel: Array<{ stage: ProgressStage; count: number }>;
  events: EventFigureRow[];
};

/** The agreement kinds the figures call contracts, as the network report counts them. */
export const contractKinds = ['transfer-contract', 'consulting-contract'];

type Located = { year: number; province: string; legacyProvince: string };
const provinceAt = (cell: Located, level: StatisticsFilter['level']) => (level === 'legacy' ? cell.legacyProvince : cell.province);
const inFilter = (filter: StatisticsFilter) => (cell: Located) =>
  cell.year >= filter.from && cell.year <= filter.to && (filter.province === null || provinceAt(cell, filter.level) === filter.province);

const emptyRow = (key: string, records: boolean): FigureRow => ({
  key,
  connections: 0,
  mous: 0,
  mouValueVnd: 0,
  contracts: 0,
  contractValueVnd: 0,
  demands: records ? 0 : null,
  offers: records ? 0 : null,
});

/** Keys of one dimension for each kind of cell; `null` when the kind has no such dimension (records have no channel). */
function keyer(dimension: StatisticsDimension, level: StatisticsFilter['level']) {
  return {
    connection: (c: ConnectionCell) => dimensionKey(dimension, c, level, c.partnerCountry),
    agreement: (c: AgreementCell) => dimensionKey(dimension, c, level, c.partnerCountry),
    collected: (c: CollectedCell) => (dimension === 'channel' ? null : dimensionKey(dimension, { ...c, channel: '' }, level, c.country)),
  };
}

function dimensionKey(dimension: StatisticsDimension, c: Located & { channel: string; sector: string }, level: StatisticsFilter['level'], country: string) {
  switch (dimension) {
    case 'year':
      return String(c.year);
    case 'province':
      return provinceAt(c, level);
    case 'sector':
      return c.sector;
    case 'channel':
      return c.channel;
    case 'country':
      return country;
  }
}

function figure(cells: StatisticsCells, dimension: StatisticsDimension, level: StatisticsFilter['level']): FigureRow[] {
  const keys = keyer(dimension, level);
  const records = dimension !== 'channel';
  const rows = new Map<string, FigureRow>();
  const row = (key: string) => rows.get(key) ?? rows.set(key, emptyRow(key, records)).get(key)!;
  for (const c of cells.connections) row(keys.connection(c)).connections += c.count;
  for (const a of cells.agreements) {
    const r = row(keys.agreement(a));
    if (a.kind === 'mou') {
      r.mous += a.count;
      r.mouValueVnd += a.valueVnd;
    } else if (contractKinds.includes(a.kind)) {
      r.contracts += a.count;
      r.contractValueVnd += a.valueVnd;
    }
  }
  for (const c of cells.collected) {
    const key = keys.collected(c);
    if (key === null) continue;
    const r = row(key);
    if (c.kind === 'demand') r.demands! += c.count;
    else r.offers! += c.count;
  }
  const nonEmpty = [...rows.values()].filter((r) => r.connections || r.mous || r.contracts || r.demands || r.offers);
  return dimension === 'year'
    ? nonEmpty.sort((a, b) => a.key.localeCompare(b.key))
    : nonEmpty.sort((a, b) => b.connections - a.connections || a.key.localeCompare(b.key));
}

/** Every figure of the public statistics page for a period and, optionally, one province (current or pre-2025). */
export function publicStatistics(all: StatisticsCells, filter: StatisticsFilter): PublicStatistics {
  const keep = inFilter(filter);
  const cells: StatisticsCells = {
    connections: all.connections.filter(keep),
    agreements: all.agreements.filter(keep),
    collected: all.collected.filter(keep),
    events: all.events.filter(keep),
  };
  const years = figure(cells, 'year', filter.level);
  // Every year of the period has a line, so a chart shows the gaps.
  const byYear = Array.from({ length: filter.to - filter.from + 1 }, (_, i) => String(filter.from + i)).map(
    (year) => years.find((r) => r.key === year) ?? emptyRow(year, true),
  );
  const { key: _key, ...totals } = byYear.reduce(
    (sum, r) => ({
      key: '',
      connections: sum.connections + r.connections,
      mous: sum.mous + r.mous,
      mouValueVnd: sum.mouValueVnd + r.mouValueVnd,
      contracts: sum.contracts + r.contracts,
      contractValueVnd: sum.contractValueVnd + r.contractValueVnd,
      demands: sum.demands! + r.demands!,
      offers: sum.offers! + r.offers!,
    }),
    emptyRow('', true),
  );
  return {
    totals,
    byYear,
    byProvince: figure(cells, 'province', filter.level),
    bySector: figure(cells, 'sector', filter.level),
    byChannel: figure(cells, 'channel', filter.level),
    byCountry: figure(cells, 'country', filter.level),
    funnel: funnel(cells.connections),
    events: eventsByYear(cells.events, filter),
  };
}

/** Every year of the period with the events that started in it, their approved registrations and scheduled meetings. */
function eventsByYear(cells: EventCell[], filter: StatisticsFilter): EventFigureRow[] {
  const rows = Array.from({ length: filter.to - filter.from + 1 }, (_, i) => ({ key: String(filter.from + i), events: 0, registrations: 0, meetings: 0 }));
  for (const c of cells) {
    const row = rows[c.year - filter.from];
    if (!row) continue;
    row.events += c.events;
    row.registrations += c.registrations;
    row.meetings += c.meetings;
  }
  return rows;
}

/** Connections that reached each stage (a paused one counts the stages it passed), as the dashboard's funnel. */
function funnel(connections: ConnectionCell[]) {
  const reached = new Map<ProgressStage, number>(progressStages.map((s) => [s, 0]));
  for (const c of connections) {
    const state = { stage: c.stage as ConnectionStage, resumeStage: (c.resumeStage || null) as ProgressStage | null };
    for (const stage of stagesReached(state)) reached.set(stage, (reached.get(stage) ?? 0) + c.count);
  }
  return progressStages.map((stage) => ({ stage, count: reached.get(stage) ?? 0 }));
}

/** The years the cells cover, for a default period. */
export function yearsCovered(cells: StatisticsCells): { from: number; to: number } | null {
  const years = [...cells.connections, ...cells.agreements, ...cells.collected, ...cells.events].map((c) => c.year);
  if (years.length === 0) return null;
  return { from: years.reduce((a, b) => Math.min(a, b)), to: years.reduce((a, b) => Math.max(a, b)) };
}
