import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CountryReport, NetworkReport } from '../../shared/reports/reports.schemas.js';
import { apiGet, withQuery } from './client.js';

export type { CountryReport, NetworkReport };
export type ReportFilters = { from: number; to: number; province: string | null; level: 'current' | 'legacy' };

const queryOf = (f: ReportFilters) => ({ from: f.from, to: f.to, province: f.province, level: f.level });

/** The network dashboard for a period and, optionally, one province. */
export function useNetworkReport(filters: ReportFilters, enabled = true) {
  return useQuery({
    queryKey: ['reports', 'network', filters],
    queryFn: () => apiGet<NetworkReport>('/api/reports/network', queryOf(filters)),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The same report as an Excel workbook, downloaded by the browser with the session cookie. */
export const networkWorkbookUrl = (filters: ReportFilters) => withQuery('/api/reports/network.xlsx', queryOf(filters));

/** One partner country's figures for a period (a representative office's own country; the agency any). */
export function useCountryReport(filters: { country: string | null; from: number; to: number }) {
  return useQuery({
    queryKey: ['reports', 'country', filters],
    queryFn: () => apiGet<CountryReport>('/api/reports/country', filters),
    placeholderData: keepPreviousData,
    enabled: !!filters.country,
  });
}
