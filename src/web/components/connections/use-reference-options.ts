import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReferenceItems } from '../../api/reference.js';

/** Reference categories that describe an agreement under Law 07/2017/QH14. */
export type AgreementCategory = 'transfer-right' | 'transfer-form' | 'transfer-mode' | 'contract-content';

/** Active items of a reference list as select options (value = code), in the UI language. */
export function useReferenceOptions(category: AgreementCategory) {
  const { i18n } = useTranslation();
  const { data } = useReferenceItems(category);
  return useMemo(() => {
    const english = i18n.language === 'en';
    return (data ?? []).filter((item) => item.active).map((item) => ({ value: item.code, label: english && item.nameEn ? item.nameEn : item.name }));
  }, [data, i18n.language]);
}

/** `label(code)` for a reference list; unknown codes show as themselves. */
export function useReferenceLabel(category: AgreementCategory) {
  const options = useReferenceOptions(category);
  return useMemo(() => {
    const map = new Map(options.map((o) => [o.value, o.label]));
    return (code: string) => map.get(code) ?? code;
  }, [options]);
}
