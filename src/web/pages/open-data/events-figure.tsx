import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicStatistics } from '../../api/open-data.js';
import type { ReportFilters } from '../../api/reports.js';
import { FigureFrame } from './figure-card.js';
import { MeasureTable } from './measure-table.js';

const measures = ['events', 'registrations', 'meetings'] as const;

/** Matchmaking events by the year they start: a table (cards on a phone) of the years that had any. */
export function EventsFigure({ rows, filters }: { rows: PublicStatistics['events']; filters: ReportFilters }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  const shown = rows.filter((r) => r.events > 0);
  return (
    <FigureFrame figure="events" filters={filters}>
      {shown.length === 0 ? (
        <Text size="sm">{t('openData.empty')}</Text>
      ) : (
        <MeasureTable
          labelledBy="figure-events"
          rows={shown}
          measures={measures}
          keyHeader={t('openData.columns.year')}
          label={(key) => key}
          cell={(row, m) => number.format(row[m])}
          minWidth={420}
        />
      )}
    </FigureFrame>
  );
}
