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

/** Which province list a code belongs to: the 34 current units, or the 63 before the 2025 merger. */
export type ProvinceLevel = 'current' | 'legacy';

/**
 * Province names by code. Some codes are both a current and a legacy unit that is no longer the same
 * province (52 was Bình Định, is now Gia Lai), so the level says which list wins: a pre-merger view
 * names legacy codes as they were; otherwise current names win and a legacy code a record kept is
 * named from the legacy list.
 */
export function useProvinceLabels(level: ProvinceLevel = 'current') {
  const { i18n } = useTranslation();
  const current = useCurrentProvinces();
  const legacy = useLegacyProvinces();
  const map = useMemo(() => {
    const english = i18n.language === 'en';
    const [first, winner] =
      level === 'legacy' ? [byCode(current.data, english), byCode(legacy.data, false)] : [byCode(legacy.data, false), byCode(current.data, english)];
    for (const [code, name] of winner) first.set(code, name);
    return first;
  }, [current.data, legacy.data, i18n.language, level]);
  return useCallback((code: string | null | undefined) => (code ? (map.get(code) ?? code) : ''), [map]);
}
