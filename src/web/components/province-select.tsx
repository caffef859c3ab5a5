import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentProvinces, useLegacyProvinces } from '../api/reference.js';
import { foldFilter } from '../lib/fold-filter.js';

/**
 * One of the 34 current provinces. Typing works with or without diacritics, and a legacy
 * name ("Hà Giang") finds the province it merged into.
 */
export function ProvinceSelect(props: Omit<SelectProps, 'data' | 'filter' | 'searchable'>) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const current = useCurrentProvinces();
  const legacy = useLegacyProvinces();
  const { data, filter } = useMemo(() => {
    const words: Record<string, string[]> = {};
    for (const province of current.data ?? []) words[province.code] = [province.name, province.nameEn, ...(province.aliases ?? [])];
    for (const old of legacy.data ?? []) (words[old.mergedInto] ??= []).push(old.name);
    const options = (current.data ?? []).map((province) => ({
      value: province.code,
      label: english ? province.nameEn : province.name,
    }));
    return { data: options, filter: foldFilter(words) };
  }, [current.data, legacy.data, english]);
  return (
    <Select
      searchable
      clearable
      data={data}
      filter={filter}
      nothingFoundMessage={t('common.nothingFound')}
      placeholder={current.isLoading ? t('common.loading') : t('organisations.fields.provincePlaceholder')}
      {...props}
    />
  );
}
