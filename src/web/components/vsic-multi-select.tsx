import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReferenceItems } from '../api/reference.js';
import { foldFilter } from '../lib/fold-filter.js';

const filter = foldFilter();

/** VSIC 2018 sections (A–U) from the reference data, searchable without diacritics. */
export function VsicMultiSelect(props: Omit<MultiSelectProps, 'data' | 'filter' | 'searchable'>) {
  const { t, i18n } = useTranslation();
  const sections = useReferenceItems('vsic-section');
  const data = (sections.data ?? [])
    .filter((item) => item.active)
    .map((item) => ({ value: item.code, label: `${item.code} – ${i18n.language === 'en' ? item.nameEn : item.name}` }));
  return (
    <MultiSelect
      searchable
      data={data}
      filter={filter}
      nothingFoundMessage={t('common.nothingFound')}
      placeholder={sections.isLoading ? t('common.loading') : undefined}
      {...props}
    />
  );
}
