import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentProvinces, useLegacyProvinces, useReferenceItems } from '../../api/reference.js';

type Named = { code: string; name: string; nameEn?: string | null };

/** Reference data categories whose codes appear on catalogue records. */
export type CodeCategory = 'st-field' | 'vsic-section' | 'trl' | 'country' | 'transfer-form' | 'transfer-mode' | 'transfer-right';

function byCode(items: Named[] | undefined, english: boolean): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of items ?? []) map.set(item.code, english && item.nameEn ? item.nameEn : item.name);
  return map;
}

/** `label(code)` in the UI language for one reference list; unknown codes show as themselves. */
export function useCodeLabels(category: CodeCategory) {
  const { i18n } = useTranslation();
  const { data } = useReferenceItems(category);
  const map = useMemo(() => byCode(data, i18n.language === 'en'), [data, i18n.language]);
  return useCallback((code: string) => map.get(code) ?? code, [map]);
}

/** Province names for current and legacy codes (a record may keep its legacy province). */
export function useProvinceLabels() {
  const { i18n } = useTranslation();
  const current = useCurrentProvinces();
  const legacy = useLegacyProvinces();
  const map = useMemo(() => {
    const english = i18n.language === 'en';
    const names = byCode(legacy.data, false);
    for (const [code, name] of byCode(current.data, english)) names.set(code, name);
    return names;
  }, [current.data, legacy.data, i18n.language]);
  return useCallback((code: string | null | undefined) => (code ? (map.get(code) ?? code) : ''), [map]);
}
