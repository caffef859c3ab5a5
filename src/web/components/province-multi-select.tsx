import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentProvinces } from '../api/reference.js';
import { foldFilter } from '../lib/fold-filter.js';

/** Several current provinces, searchable with or without diacritics. */
export function ProvinceMultiSelect(props: Omit<MultiSelectProps, 'data' | 'filter' | 'searchable'>) {
  const { t, i18n } = useTranslation();
  const provinces = useCurrentProvinces();
  const { data, filter } = useMemo(() => {
    const words = Object.fromEntries((provinces.data ?? []).map((p) => [p.code, [p.name, p.nameEn, ...(p.aliases ?? [])]]));
    const options = (provinces.data ?? []).map((p) => ({ value: p.code, label: i18n.language === 'en' ? p.nameEn : p.name }));
    return { data: options, filter: foldFilter(words) };
  }, [provinces.data, i18n.language]);
  return <MultiSelect searchable data={data} filter={filter} nothingFoundMessage={t('common.nothingFound')} {...props} />;
}
