import { useSearchParams } from 'react-router';
import type { ReportFilters } from '../../api/reports.js';

const yearOf = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : null);

/**
 * The period an address asks for: a missing year is the other one, or this year; years written the
 * wrong way round (a hand-edited link) are the period between them, as the year pickers would make it.
 */
export function periodOf(from: number | null, to: number | null, thisYear: number): { from: number; to: number } {
  const [first, last] = [from ?? to ?? thisYear, to ?? from ?? thisYear];
  return { from: Math.min(first, last), to: Math.max(first, last) };
}

/** Dashboard filters kept in the address, so a printed or shared link shows the same figures; without a period it opens on this year. */
export function useReportFilters() {
  const [params, setParams] = useSearchParams();
  const filters: ReportFilters = {
    ...periodOf(yearOf(params.get('from')), yearOf(params.get('to')), new Date().getFullYear()),
    province: params.get('province') || null,
    level: params.get('level') === 'legacy' ? 'legacy' : 'current',
  };
  const setFilters = (next: ReportFilters) => {
    const query: Record<string, string> = { from: String(next.from), to: String(next.to), level: next.level };
    if (next.province) query.province = next.province;
    setParams(query, { replace: true });
  };
  return { filters, setFilters };
}
