import { stagesReached, type ConnectionStage, type ProgressStage } from '../connections/stages.js';

/** A connection that came from a listing: its stage as the funnel reads it, and the month it was opened (yyyy-mm). */
export type ConnectionFact = { stage: ConnectionStage; resumeStage: ProgressStage | null; month: string };
/** An agreement recorded on such a connection, with the month its connection was opened. */
export type AgreementFact = { kind: string; valueVnd: number | null; month: string };
/** A dated count (views, saved-search announcements, saves, matches) by month. */
export type MonthCount = { month: string; count: number };

/**
 * What a listing achieved. Contacts, meetings, MoUs and contracts count connections by the stages
 * they passed, exactly as the dashboard funnel does (a connection at `contract` counts as a
 * meeting and an MoU too; a declined one counts where it stood); values sum the agreements
 * recorded on those connections, like the dashboard's brokered outcomes.
 */
export type Outcome = {
  views: number;
  saves: number;
  bookmarks: number;
  matches: number;
  contacts: number;
  meetings: number;
  mous: number;
  contracts: number;
  mouValueVnd: number;
  contractValueVnd: number;
};

export const contractKinds: readonly string[] = ['transfer-contract', 'consulting-contract'];

const emptyOutcome = (): Outcome => ({
  views: 0,
  saves: 0,
  bookmarks: 0,
  matches: 0,
  contacts: 0,
  meetings: 0,
  mous: 0,
  contracts: 0,
  mouValueVnd: 0,
  contractValueVnd: 0,
});

function addConnection(outcome: Outcome, connection: ConnectionFact) {
  const reached = new Set(stagesReached(connection));
  outcome.contacts += 1;
  if (reached.has('meeting')) outcome.meetings += 1;
  if (reached.has('mou')) outcome.mous += 1;
  if (reached.has('contract')) outcome.contracts += 1;
}

function addAgreement(outcome: Outcome, agreement: AgreementFact) {
  if (agreement.kind === 'mou') outcome.mouValueVnd += agreement.valueVnd ?? 0;
  else if (contractKinds.includes(agreement.kind)) outcome.contractValueVnd += agreement.valueVnd ?? 0;
}

type Facts = {
  views: MonthCount[];
  saves: MonthCount[];
  bookmarks: MonthCount[];
  matches: MonthCount[];
  connections: ConnectionFact[];
  agreements: AgreementFact[];
};

const sum = (rows: MonthCount[]) => rows.reduce((total, r) => total + r.count, 0);

/** One listing's figures, whatever the month. */
export function tallyOutcome(facts: Facts): Outcome {
  const outcome = emptyOutcome();
  outcome.views = sum(facts.views);
  outcome.saves = sum(facts.saves);
  outcome.bookmarks = sum(facts.bookmarks);
  outcome.matches = sum(facts.matches);
  for (const connection of facts.connections) addConnection(outcome, connection);
  for (const agreement of facts.agreements) addAgreement(outcome, agreement);
  return outcome;
}

/** The months of a year as yyyy-mm. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** The same figures month by month over a year (facts outside it are left out), and the year's total, which is the months' sum. */
export function tallyMonths(year: number, facts: Facts): { months: Array<Outcome & { month: string }>; total: Outcome } {
  const months = new Map(monthsOf(year).map((month) => [month, emptyOutcome()]));
  const counted = (key: 'views' | 'saves' | 'bookmarks' | 'matches', rows: MonthCount[]) => {
    for (const row of rows) {
      const outcome = months.get(row.month);
      if (outcome) outcome[key] += row.count;
    }
  };
  counted('views', facts.views);
  counted('saves', facts.saves);
  counted('bookmarks', facts.bookmarks);
  counted('matches', facts.matches);
  for (const connection of facts.connections) {
    const outcome = months.get(connection.month);
    if (outcome) addConnection(outcome, connection);
  }
  for (const agreement of facts.agreements) {
    const outcome = months.get(agreement.month);
    if (outcome) addAgreement(outcome, agreement);
  }
  const total = emptyOutcome();
  for (const outcome of months.values()) for (const key of Object.keys(total) as Array<keyof Outcome>) total[key] += outcome[key];
  return { months: [...months].map(([month, outcome]) => ({ month, ...outcome })), total };
}
