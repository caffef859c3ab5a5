import { useTranslation } from 'react-i18next';
import type { Period, PeriodPoint } from '../../../domain/roadmaps/types.js';

/** A two-language text in the interface language, else the other one. */
export function useText() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (value: { vi: string; en: string }) => value[lang] || value[lang === 'vi' ? 'en' : 'vi'];
}

/** "2027", "Q2/2027", "H1/2027" (vi: "Quý 2/2027", "Nửa đầu 2027"); a period as "start – end". */
export function usePeriodText() {
  const { t } = useTranslation();
  const point = (p: PeriodPoint) =>
    p.quarter !== undefined
      ? t('roadmaps.period.quarter', { q: p.quarter, year: p.year })
      : p.half !== undefined
        ? t('roadmaps.period.half', { h: p.half, year: p.year })
        : String(p.year);
  return (period: Period) => {
    const start = point(period.start);
    const end = point(period.end);
    return start === end ? start : `${start} – ${end}`;
  };
}
