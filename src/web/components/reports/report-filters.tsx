import { Chip, Group, SegmentedControl, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentProvinces, useLegacyProvinces } from '../../api/reference.js';
import type { ReportFilters as Filters } from '../../api/reports.js';

/** The network's records start in 2017 (seed-facts); the range ends this year. */
const FIRST_YEAR = 2017;
const THIS_YEAR = new Date().getFullYear();
const years = Array.from({ length: THIS_YEAR - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i));

/** The periods people ask for most, one click each. */
const QUICK = {
  thisYear: [THIS_YEAR, THIS_YEAR],
  lastYear: [THIS_YEAR - 1, THIS_YEAR - 1],
  last3Years: [THIS_YEAR - 2, THIS_YEAR],
  all: [FIRST_YEAR, THIS_YEAR],
} as const;
type Quick = keyof typeof QUICK;
const quickOf = (from: number, to: number) => (Object.keys(QUICK) as Quick[]).find((key) => QUICK[key][0] === from && QUICK[key][1] === to) ?? '';

type Period = { from: number; to: number };

/** A period of whole years: quick choices (this year, last year, three years, all) and the two ends. */
export function PeriodFilter<T extends Period>({ filters, onChange }: { filters: T; onChange: (filters: T) => void }) {
  const { t } = useTranslation();
  const setYear = (key: 'from' | 'to', value: string | null) => {
    if (!value) return;
    const year = Number(value);
    const next = { ...filters, [key]: year };
    // Keep the range forwards whichever end moves.
    if (next.from > next.to) {
      if (key === 'from') next.to = year;
      else next.from = year;
    }
    onChange(next);
  };
  const setQuick = (key: string) => {
    const period = QUICK[key as Quick];
    if (period) onChange({ ...filters, from: period[0], to: period[1] });
  };
  return (
    <>
      {/* Chips wrap on a phone where a segmented control would overflow. */}
      <Chip.Group multiple={false} value={quickOf(filters.from, filters.to)} onChange={setQuick}>
        <Group gap={6} role="radiogroup" aria-label={t('reports.filters.period')}>
          {(Object.keys(QUICK) as Quick[]).map((key) => (
            <Chip key={key} value={key} type="radio" size="sm">
              {t(`reports.filters.quick.${key}`, { first: FIRST_YEAR })}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Select label={t('reports.filters.from')} data={years} value={String(filters.from)} onChange={(v) => setYear('from', v)} allowDeselect={false} w={110} />
      <Select label={t('reports.filters.to')} data={years} value={String(filters.to)} onChange={(v) => setYear('to', v)} allowDeselect={false} w={110} />
    </>
  );
}

type Props = { filters: Filters; onChange: (filters: Filters) => void; coveredProvinces: string[] | null };

/** Period, province level and province; connection-point staff choose among their own provinces only. */
export function ReportFilters({ filters, onChange, coveredProvinces }: Props) {
  const { t, i18n } = useTranslation();
  const current = useCurrentProvinces();
  const legacy = useLegacyProvinces();
  const provinces = useMemo(() => {
    const english = i18n.language === 'en';
    const list =
      filters.level === 'current'
        ? (current.data ?? []).map((p) => ({ value: p.code, label: english ? p.nameEn : p.name, current: p.code }))
        : (legacy.data ?? []).map((p) => ({ value: p.code, label: p.name, current: p.mergedInto }));
    return list.filter((p) => !coveredProvinces || coveredProvinces.includes(p.current)).map(({ value, label }) => ({ value, label }));
  }, [filters.level, current.data, legacy.data, coveredProvinces, i18n.language]);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-print-hide>
      <PeriodFilter filters={filters} onChange={onChange} />
      <div>
        <SegmentedControl
          aria-label={t('reports.filters.level')}
          value={filters.level}
          onChange={(v) => onChange({ ...filters, level: v === 'legacy' ? 'legacy' : 'current', province: null })}
          data={[
            { value: 'current', label: t('reports.filters.current') },
            { value: 'legacy', label: t('reports.filters.legacy') },
          ]}
        />
      </div>
      <Select
        label={t('reports.filters.province')}
        placeholder={coveredProvinces ? t('reports.filters.allMine') : t('reports.filters.national')}
        data={provinces}
        value={filters.province}
        onChange={(v) => onChange({ ...filters, province: v })}
        searchable
        clearable
        w={240}
      />
    </Group>
  );
}
