import { progressStages, stagesReached, type ConnectionStage, type ProgressStage } from '../connections/stages.js';

/**
 * Connection counts summed over one breakdown each (a GROUPING SETS query on the rollup):
 * by year; by channel; by partner country and sector; by stage and where a paused one stood; by province.
 */
export type ConnectionSums = {
  byYear: Array<{ year: number; count: number }>;
  byChannel: Array<{ channel: string; count: number }>;
  byCountrySector: Array<{ country: string; sector: string; count: number }>;
  byStage: Array<{ stage: string; resumeStage: string; count: number }>;
  byProvince: Array<{ province: string; count: number }>;
};

export type ConnectionSummary = {
  total: number;
  byYear: Array<{ year: number; count: number }>;
  byChannel: Array<{ channel: string; count: number }>;
  byCountry: Array<{ country: string; count: number; sectors: Array<{ sector: string; count: number }> }>;
  funnel: Array<{ stage: ProgressStage; count: number }>;
  declined: number;
  stalled: number;
  byProvince: Array<{ province: string; count: number }>;
};

const byCountDesc = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
const nonZero = <T extends { count: number }>(rows: T[]) => rows.filter((r) => r.count !== 0);

/** The dashboard's connection figures: totals, breakdowns and the stage funnel (every stage a connection passed). */
export function summariseConnections(sums: ConnectionSums, years: number[]): ConnectionSummary {
  const perYear = new Map(sums.byYear.map((r) => [r.year, r.count]));
  const reached = new Map<ProgressStage, number>(progressStages.map((s) => [s, 0]));
  for (const row of sums.byStage) {
    const state = { stage: row.stage as ConnectionStage, resumeStage: (row.resumeStage || null) as ProgressStage | null };
    for (const stage of stagesReached(state)) reached.set(stage, (reached.get(stage) ?? 0) + row.count);
  }
  const countries = new Map<string, Array<{ sector: string; count: number }>>();
  for (const row of nonZero(sums.byCountrySector).filter((r) => r.country)) {
    countries.set(row.country, [...(countries.get(row.country) ?? []), { sector: row.sector, count: row.count }]);
  }
  const stageTotal = (stage: string) => sums.byStage.filter((r) => r.stage === stage).reduce((sum, r) => sum + r.count, 0);
  return {
    total: sums.byYear.reduce((sum, r) => sum + r.count, 0),
    byYear: years.map((year) => ({ year, count: perYear.get(year) ?? 0 })),
    byChannel: nonZero(sums.byChannel).sort(byCountDesc),
    byCountry: [...countries]
      .map(([country, sectors]) => ({ country, count: sectors.reduce((sum, s) => sum + s.count, 0), sectors: sectors.sort(byCountDesc) }))
      .sort(byCountDesc),
    funnel: progressStages.map((stage) => ({ stage, count: reached.get(stage) ?? 0 })),
    declined: stageTotal('declined'),
    stalled: stageTotal('stalled'),
    byProvince: nonZero(sums.byProvince)
      .filter((r) => r.province)
      .sort(byCountDesc),
  };
}

/** The years from..to inclusive, refusing ranges that are backwards or absurdly long. */
export function yearRange(from: number, to: number): number[] | null {
  if (to < from || to - from > 50) return null;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export type BrokeredOutcomes = {
  mou: { connections: number; agreements: number; valueVnd: number };
  contract: { connections: number; agreements: number; valueVnd: number };
  transferred: { connections: number };
};

/**
 * The report cards' brokered outcomes: the funnel's MoU, contract and transfer counts (so cards and
 * funnel cannot disagree) with the agreements recorded on those connections, by kind.
 */
export function brokeredOutcomes(
  summary: Pick<ConnectionSummary, 'funnel'>,
  agreements: Array<{ kind: string; count: number; valueVnd: number }>,
): BrokeredOutcomes {
  const reached = (stage: string) => summary.funnel.find((f) => f.stage === stage)?.count ?? 0;
  const recorded = (...kinds: string[]) => {
    const rows = agreements.filter((r) => kinds.includes(r.kind));
    return { agreements: rows.reduce((s, r) => s + r.count, 0), valueVnd: rows.reduce((s, r) => s + Number(r.valueVnd), 0) };
  };
  return {
    mou: { connections: reached('mou'), ...recorded('mou') },
    contract: { connections: reached('contract'), ...recorded('transfer-contract', 'consulting-contract') },
    transferred: { connections: reached('transferred') },
  };
}
