import { describe, expect, it } from 'vitest';
import { summariseConnections, yearRange, type ConnectionSums } from './network-summary.js';

const empty: ConnectionSums = { byYear: [], byChannel: [], byCountrySector: [], byStage: [], byProvince: [] };

describe('network summary', () => {
  it('adds up connections by year, channel and country with their sectors', () => {
    const summary = summariseConnections(
      {
        ...empty,
        byYear: [
          { year: 2019, count: 280 },
          { year: 2020, count: 7 },
        ],
        byChannel: [
          { channel: 'connection-point', count: 57 },
          { channel: 'rep-office', count: 230 },
          { channel: 'event', count: 0 },
        ],
        byCountrySector: [
          { country: '', sector: 'C', count: 57 },
          { country: 'CN', sector: 'Q', count: 30 },
          { country: 'KR', sector: 'C', count: 190 },
          { country: 'KR', sector: 'M', count: 10 },
        ],
        byProvince: [
          { province: '40', count: 87 },
          { province: '01', count: 200 },
          { province: '', count: 3 },
        ],
      },
      [2019, 2020, 2021],
    );
    expect(summary.total).toBe(287);
    expect(summary.byYear).toEqual([
      { year: 2019, count: 280 },
      { year: 2020, count: 7 },
      { year: 2021, count: 0 },
    ]);
    expect(summary.byChannel).toEqual([
      { channel: 'rep-office', count: 230 },
      { channel: 'connection-point', count: 57 },
    ]);
    expect(summary.byCountry[0]).toEqual({
      country: 'KR',
      count: 200,
      sectors: [
        { sector: 'C', count: 190 },
        { sector: 'M', count: 10 },
      ],
    });
    expect(summary.byProvince).toEqual([
      { province: '01', count: 200 },
      { province: '40', count: 87 },
    ]);
  });

  it('counts every stage a connection has passed in the funnel, including paused ones', () => {
    const summary = summariseConnections(
      {
        ...empty,
        byStage: [
          { stage: 'contract', resumeStage: '', count: 2 },
          { stage: 'stalled', resumeStage: 'meeting', count: 3 },
          { stage: 'declined', resumeStage: 'proposed', count: 1 },
        ],
      },
      [2019],
    );
    expect(summary.funnel).toEqual([
      { stage: 'proposed', count: 6 },
      { stage: 'accepted', count: 5 },
      { stage: 'meeting', count: 5 },
      { stage: 'mou', count: 2 },
      { stage: 'contract', count: 2 },
      { stage: 'transferred', count: 0 },
    ]);
    expect(summary.stalled).toBe(3);
    expect(summary.declined).toBe(1);
  });

  it('refuses backwards or absurd year ranges', () => {
    expect(yearRange(2017, 2019)).toEqual([2017, 2018, 2019]);
    expect(yearRange(2020, 2019)).toBeNull();
    expect(yearRange(1900, 2019)).toBeNull();
  });
});
