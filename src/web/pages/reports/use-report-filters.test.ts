import { describe, expect, it } from 'vitest';
import { periodOf } from './use-report-filters.js';

describe('periodOf', () => {
  it('opens on this year without a period, and on the one year given', () => {
    expect(periodOf(null, null, 2026)).toEqual({ from: 2026, to: 2026 });
    expect(periodOf(2019, null, 2026)).toEqual({ from: 2019, to: 2019 });
    expect(periodOf(null, 2021, 2026)).toEqual({ from: 2021, to: 2021 });
  });

  it('reads years written the wrong way round as the period between them', () => {
    expect(periodOf(2026, 2017, 2026)).toEqual({ from: 2017, to: 2026 });
    expect(periodOf(2017, 2026, 2026)).toEqual({ from: 2017, to: 2026 });
  });
});
