import { useSearchParams } from 'react-router';
import type { ReportFilters } from '../../api/reports.js';

const yearOf = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : null);

/** Dashboard filters kept in the address, so a printed or shared link shows the same figures; without a period it opens on this year. */
export function useReportFilters() {
  const [params, setParams] = useSearchParams();
  const from = yearOf(params.get('from'));
  const to = yearOf(params.get('to'));
  const thisYear = new Date().getFullYear();
  const filters: ReportFilters = {
    from: from ?? to ?? thisYear,
    to: to ?? from ?? thisYear,
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
