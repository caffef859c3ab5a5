import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/assessment/numbers.js';

type Text = { vi: string; en: string };

/** The methodology's own texts in the interface language, and numbers and percentages written its way. */
export function useLocalText() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return {
    lang,
    text: (value: Text | null | undefined) => (value ? value[lang] : '—'),
    num: (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatNumber(value, lang)),
    pct: (share: number | null | undefined) => (share === null || share === undefined ? '—' : `${formatNumber(Math.round(share * 1000) / 10, lang)} %`),
  } as const;
}
