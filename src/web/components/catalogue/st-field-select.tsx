import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { foldFilter } from '../../lib/fold-filter.js';
import { useStFieldOptions } from './use-st-field-options.js';

const filter = foldFilter();

/** One S&T field, broad (level 1) or narrow (level 2), by name in the reader's language; searchable without diacritics. */
export function StFieldSelect(props: Omit<SelectProps, 'data' | 'filter' | 'searchable'>) {
  const { t } = useTranslation();
  const fields = useStFieldOptions(true);
  return <Select searchable data={fields.data} filter={filter} nothingFoundMessage={t('catalogue.search.noOptions')} {...props} />;
}
