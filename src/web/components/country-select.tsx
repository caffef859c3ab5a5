import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReferenceItems } from '../api/reference.js';
import { foldFilter } from '../lib/fold-filter.js';

const filter = foldFilter();

/** A country from the reference list; Việt Nam comes first. */
export function CountrySelect(props: Omit<SelectProps, 'data' | 'filter' | 'searchable'>) {
  const { t, i18n } = useTranslation();
  const countries = useReferenceItems('country');
  const items = countries.data ?? [];
  const data = [...items.filter((c) => c.code === 'VN'), ...items.filter((c) => c.code !== 'VN')].map((item) => ({
    value: item.code,
    label: i18n.language === 'en' ? item.nameEn : item.name,
  }));
  // Before the list arrives (or if it is empty) keep the chosen code selectable.
  if (data.length === 0) data.push({ value: 'VN', label: t('organisations.vietnam') });
  return <Select searchable data={data} filter={filter} nothingFoundMessage={t('common.nothingFound')} {...props} />;
}
