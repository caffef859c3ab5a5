import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReferenceItems } from '../../api/reference.js';

/**
 * S&T fields as grouped options: level-2 codes under their level-1 field's name, labelled in the
 * reader's language. With `withTop`, each group also offers the level-1 field itself (a filter on a broad field).
 */
export function useStFieldOptions(withTop = false) {
  const { i18n } = useTranslation();
  const fields = useReferenceItems('st-field');
  const data = useMemo(() => {
    const items = (fields.data ?? []).filter((item) => item.active);
    const name = (item: { name: string; nameEn: string }) => (i18n.language === 'en' ? item.nameEn : item.name);
    const option = (item: { code: string; name: string; nameEn: string }) => ({ value: item.code, label: `${item.code} ${name(item)}` });
    return items
      .filter((item) => item.parentCode === null)
      .map((top) => ({
        group: name(top),
        items: [...(withTop ? [option(top)] : []), ...items.filter((item) => item.parentCode === top.code).map(option)],
      }))
      .filter((group) => group.items.length > 0);
  }, [fields.data, i18n.language, withTop]);
  return { data, isLoading: fields.isLoading };
}
