import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetKey } from '../../pages/catalogue/search/search-state.js';
import { useCodeLabels, useProvinceLabels } from './use-code-labels.js';

/** The label shown for a facet value: reference names for code lists, UI strings for fixed lists. */
export function useFacetLabel(key: FacetKey): (code: string) => string {
  const { t } = useTranslation();
  const field = useCodeLabels('st-field');
  const sector = useCodeLabels('vsic-section');
  const country = useCodeLabels('country');
  const province = useProvinceLabels();
  return useCallback(
    (code: string) => {
      switch (key) {
        case 'field':
          return field(code);
        case 'sector':
          return `${code} – ${sector(code)}`;
        case 'country':
          return country(code);
        case 'province':
          return province(code);
        case 'transferForm':
          return t(`catalogue.transferForms.${code}`, { defaultValue: code });
        case 'ownerType':
          return t(`catalogue.ownerTypes.${code}`, { defaultValue: code });
        case 'language':
          return t(`catalogue.languages.${code}`, { defaultValue: code });
      }
    },
    [key, field, sector, country, province, t],
  );
}
