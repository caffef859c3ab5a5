import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PublicStatistics, StatisticsFigure } from '../../shared/open-data/open-data.schemas.js';
import { apiGet, withQuery } from './client.js';
import type { ReportFilters } from './reports.js';

export type { PublicStatistics, StatisticsFigure };
export type FigureRow = PublicStatistics['byYear'][number];

const queryOf = (f: ReportFilters) => ({ from: f.from, to: f.to, province: f.province, level: f.level });

/** The public statistics page's figures for a period and, optionally, one province; no sign-in. */
export function usePublicStatistics(filters: ReportFilters) {
  return useQuery({
    queryKey: ['open-data', 'statistics', filters],
    queryFn: () => apiGet<PublicStatistics>('/api/open-data/statistics', queryOf(filters)),
    placeholderData: keepPreviousData,
  });
}

/** One figure as a file the browser downloads. */
export const figureUrl = (figure: StatisticsFigure, filters: ReportFilters, format: 'csv' | 'json') =>
  withQuery(`/api/open-data/statistics/${figure}`, { ...queryOf(filters), format });
