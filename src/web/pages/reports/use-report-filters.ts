import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { apiGet } from '../../api/client.js';
import type { NetworkReport, ReportFilters } from '../../api/reports.js';

/** The demo data tells the network's 2019 story; a database without that year opens on this year. */
const STORY_YEAR = 2019;

function useDefaultYear(enabled: boolean) {
  const probe = useQuery({
    queryKey: ['reports', 'default-year'],
    queryFn: () => apiGet<NetworkReport>('/api/reports/network', { from: STORY_YEAR, to: STORY_YEAR }),
    enabled,
    staleTime: Infinity,
    retry: false,
  });
  const year = probe.data && probe.data.connections.total > 0 ? STORY_YEAR : new Date().getFullYear();
  return { year, ready: !enabled || probe.isSuccess || probe.isError };
}

const yearOf = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : null);

/** Dashboard filters kept in the address, so a printed or shared link shows the same figures. */
export function useReportFilters(enabled: boolean) {
  const [params, setParams] = useSearchParams();
  const from = yearOf(params.get('from'));
  const to = yearOf(params.get('to'));
  const fallback = useDefaultYear(enabled && (from === null || to === null));
  const filters: ReportFilters = {
    from: from ?? to ?? fallback.year,
    to: to ?? from ?? fallback.year,
    province: params.get('province') || null,
    level: params.get('level') === 'legacy' ? 'legacy' : 'current',
  };
  const setFilters = (next: ReportFilters) => {
    const query: Record<string, string> = { from: String(next.from), to: String(next.to), level: next.level };
    if (next.province) query.province = next.province;
    setParams(query, { replace: true });
  };
  return { filters, setFilters, ready: fallback.ready };
}
