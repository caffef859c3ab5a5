import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReferenceItems } from '../../api/reference.js';
import { foldFilter } from '../../lib/fold-filter.js';

const filter = foldFilter();

/** S&T fields: level-2 codes grouped under their level-1 field, searchable without diacritics. */
export function StFieldMultiSelect(props: Omit<MultiSelectProps, 'data' | 'filter' | 'searchable'>) {
  const { t, i18n } = useTranslation();
  const fields = useReferenceItems('st-field');
  const data = useMemo(() => {
    const items = (fields.data ?? []).filter((item) => item.active);
    const name = (item: { name: string; nameEn: string }) => (i18n.language === 'en' ? item.nameEn : item.name);
    return items
      .filter((item) => item.parentCode === null)
      .map((top) => ({
        group: name(top),
        items: items.filter((item) => item.parentCode === top.code).map((item) => ({ value: item.code, label: `${item.code} ${name(item)}` })),
      }))
      .filter((group) => group.items.length > 0);
  }, [fields.data, i18n.language]);
  return (
    <MultiSelect
      searchable
      data={data}
      filter={filter}
      nothingFoundMessage={t('catalogue.search.noOptions')}
      placeholder={fields.isLoading ? t('common.loading') : undefined}
      {...props}
    />
  );
}
