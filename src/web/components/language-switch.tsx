import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/i18n.js';

/** VI/EN; remembered in a cookie the server also reads, so its messages follow. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language === 'en' ? 'en' : 'vi'}
      onChange={(value) => {
        // Server-made texts (error messages, localised names) are in the old language.
        void setLanguage(value === 'en' ? 'en' : 'vi').then(() => client.invalidateQueries());
      }}
      data={[
        {
          value: 'vi',
          label: (
            <span title={t('language.vi')} lang="vi">
              VI
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span title={t('language.en')} lang="en">
              EN
            </span>
          ),
        },
      ]}
    />
  );
}
