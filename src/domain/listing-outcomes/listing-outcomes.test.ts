import { describe, expect, it } from 'vitest';
import { tallyMonths, tallyOutcome } from './listing-outcomes.js';

const none = { views: [], saves: [], bookmarks: [], matches: [], connections: [], agreements: [] };

describe('what a listing achieved', () => {
  it('counts connections by the stages they passed, like the dashboard funnel', () => {
    const outcome = tallyOutcome({
      ...none,
      connections: [
        { stage: 'contract', resumeStage: null, month: '2026-01' },
        { stage: 'declined', resumeStage: 'meeting', month: '2026-02' },
        { stage: 'proposed', resumeStage: null, month: '2026-02' },
      ],
      agreements: [
        { kind: 'mou', valueVnd: 2_000, month: '2026-01' },
        { kind: 'transfer-contract', valueVnd: 5_000, month: '2026-01' },
        { kind: 'consulting-contract', valueVnd: null, month: '2026-01' },
        { kind: 'other', valueVnd: 9_999, month: '2026-01' },
      ],
    });
    expect(outcome).toMatchObject({ contacts: 3, meetings: 2, mous: 1, contracts: 1, mouValueVnd: 2_000, contractValueVnd: 5_000 });
  });

  it('spreads a year over its months, leaves other years out, and totals the months', () => {
    const { months, total } = tallyMonths(2026, {
      ...none,
      views: [
        { month: '2026-03', count: 4 },
        { month: '2025-12', count: 7 },
      ],
      matches: [{ month: '2026-03', count: 2 }],
      bookmarks: [
        { month: '2026-03', count: 1 },
        { month: '2026-04', count: 2 },
      ],
      connections: [{ stage: 'mou', resumeStage: null, month: '2026-11' }],
    });
    expect(months).toHaveLength(12);
    expect(months[2]).toMatchObject({ month: '2026-03', views: 4, matches: 2 });
    expect(months[10]).toMatchObject({ month: '2026-11', contacts: 1, meetings: 1, mous: 1, contracts: 0 });
    expect(months[3]).toMatchObject({ month: '2026-04', bookmarks: 2 });
    expect(total).toMatchObject({ views: 4, matches: 2, bookmarks: 3, contacts: 1, mous: 1 });
  });
});
