import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { foldFilter } from '../../lib/fold-filter.js';
import { useStFieldOptions } from './use-st-field-options.js';

const filter = foldFilter();

/** S&T fields: level-2 codes grouped under their level-1 field, searchable without diacritics. */
export function StFieldMultiSelect(props: Omit<MultiSelectProps, 'data' | 'filter' | 'searchable'>) {
  const { t } = useTranslation();
  const fields = useStFieldOptions();
  return (
    <MultiSelect
      searchable
      data={fields.data}
      filter={filter}
      nothingFoundMessage={t('catalogue.search.noOptions')}
      placeholder={fields.isLoading ? t('common.loading') : undefined}
      {...props}
    />
  );
}
