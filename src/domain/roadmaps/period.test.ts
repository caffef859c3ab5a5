import { describe, expect, it } from 'vitest';
import { periodSpan, shiftPeriod } from './period.js';

describe('periods on the time axis', () => {
  it('counts quarters from the origin year, the end included', () => {
    expect(periodSpan({ start: { year: 2026 }, end: { year: 2026 } }, 2026)).toEqual({ start: 0, end: 4 });
    expect(periodSpan({ start: { year: 2026, half: 2 }, end: { year: 2027, quarter: 1 } }, 2026)).toEqual({ start: 2, end: 5 });
    expect(periodSpan({ start: { year: 2027, quarter: 3 }, end: { year: 2028, half: 1 } }, 2026)).toEqual({ start: 6, end: 10 });
  });
});

describe('shiftPeriod (a bar dragged along the axis)', () => {
  it('moves a whole-year item by whole years, rounding the drag', () => {
    expect(shiftPeriod({ start: { year: 2026 }, end: { year: 2027 } }, 5)).toEqual({ start: { year: 2027 }, end: { year: 2028 } });
    expect(shiftPeriod({ start: { year: 2026 }, end: { year: 2027 } }, 1)).toEqual({ start: { year: 2026 }, end: { year: 2027 } });
  });

  it('moves a quarter item across a year boundary and keeps halves in halves', () => {
    expect(shiftPeriod({ start: { year: 2026, quarter: 3 }, end: { year: 2026, quarter: 4 } }, 2)).toEqual({
      start: { year: 2027, quarter: 1 },
      end: { year: 2027, quarter: 2 },
    });
    expect(shiftPeriod({ start: { year: 2026, half: 2 }, end: { year: 2027, half: 1 } }, -2)).toEqual({
      start: { year: 2026, half: 1 },
      end: { year: 2026, half: 2 },
    });
  });

  it('moves a period written in years and quarters by whole years, so it keeps its form', () => {
    expect(shiftPeriod({ start: { year: 2026 }, end: { year: 2027, quarter: 2 } }, 3)).toEqual({ start: { year: 2027 }, end: { year: 2028, quarter: 2 } });
  });
});
