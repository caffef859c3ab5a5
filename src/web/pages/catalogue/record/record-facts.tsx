import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { codeBadges } from '../../../components/catalogue/code-badges.js';
import { useCodeLabels, useProvinceLabels } from '../../../components/catalogue/use-code-labels.js';
import { DateTime } from '../../../components/date-time.js';

export type Fact = { label: string; value: ReactNode };

type Placed = { country: string; provinceCode: string | null; legacyProvinceCode: string | null; language: string };
type Dated = { publishedAt: string | null; validUntil: string | null };
type Classified = { fieldCodes: string[]; keywords: string[]; sectorCode?: string | null; vsicSections?: string[] };

const sectorsOf = (record: Classified) => [...new Set([record.sectorCode, ...(record.vsicSections ?? [])].filter((c): c is string => Boolean(c)))];

export type RecordFacts = ReturnType<typeof useRecordFacts>;

/** The facts every kind of record shows (classification, place, language, dates), labelled and with codes named. */
export function useRecordFacts() {
  const { t } = useTranslation();
  const field = useCodeLabels('st-field');
  const sector = useCodeLabels('vsic-section');
  const countryName = useCodeLabels('country');
  const provinceName = useProvinceLabels();
  const f = (key: string) => t(`catalogue.fields.${key}`);
  const date = (value: string | null) => (value ? <DateTime value={value} dateOnly /> : null);
  return {
    label: f,
    trl: (key: string, level: number | null): Fact => ({ label: f(key), value: level ? t('catalogue.detail.trlLevel', { level }) : null }),
    /** S&T fields, VSIC sections (the main one and the others, once each; experts have none) and keywords. */
    classification: (record: Classified): Fact[] => [
      { label: f('fieldCodes'), value: codeBadges(record.fieldCodes, field) },
      ...(record.vsicSections ? [{ label: f('sectorCodes'), value: codeBadges(sectorsOf(record), (c) => `${c} – ${sector(c)}`) }] : []),
      { label: f('keywords'), value: record.keywords.join(', ') },
    ],
    dealTypes: (key: string, types: string[]): Fact => ({
      label: f(key),
      value: codeBadges(types, (c) => t(`catalogue.transferForms.${c}`, { defaultValue: c })),
    }),
    countries: (key: string, codes: string[]): Fact => ({ label: f(key), value: codeBadges(codes, countryName) }),
    /** Province, country, language, then publication and validity dates: the last facts of every kind. */
    whereAndWhen: (record: Placed & Dated): Fact[] => [
      { label: f('province'), value: provinceName(record.provinceCode ?? record.legacyProvinceCode) },
      { label: f('country'), value: countryName(record.country) },
      { label: f('language'), value: t(`catalogue.languages.${record.language}`, { defaultValue: record.language }) },
      { label: f('publishedAt'), value: date(record.publishedAt) },
      { label: f('validUntil'), value: date(record.validUntil) },
    ],
    date,
  };
}
