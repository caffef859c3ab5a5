import { Chip, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/i18n/language.js';
import { setLanguage } from '../i18n/i18n.js';

const languages: Language[] = ['vi', 'en'];

/**
 * VI/EN as two radio chips; remembered in a cookie the server also reads, so its messages follow.
 * Not a SegmentedControl: its sliding indicator measures the layout while the first page is drawn
 * (about 90 ms of a phone's first second).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  return (
    <Group role="radiogroup" aria-label={t('language.label')} gap={4} wrap="nowrap">
      <Chip.Group
        value={i18n.language === 'en' ? 'en' : 'vi'}
        onChange={(value) => {
          // Server-made texts (error messages, localised names) are in the old language.
          void setLanguage(value === 'en' ? 'en' : 'vi').then(() => client.invalidateQueries());
        }}
      >
        {languages.map((lang) => (
          // One name: the two radios are one Tab stop, and the arrow keys move between them.
          <Chip key={lang} value={lang} name="language" size="xs" icon={null}>
            <span title={t(`language.${lang}`)} lang={lang}>
              {lang.toUpperCase()}
            </span>
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  );
}
