import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUALITY_THRESHOLD } from '../../../domain/catalogue/listing-quality.js';

/** A queued listing's score out of 20 and what it misses, for the moderator deciding to publish or return it. */
export function QualityNote({ quality }: { quality: { score: number; missing: string[]; publishable?: boolean } | null | undefined }) {
  const { t } = useTranslation();
  if (!quality) return null;
  // The server says whether the threshold in force lets it through; the default threshold otherwise.
  const weak = quality.publishable === undefined ? quality.score < QUALITY_THRESHOLD : !quality.publishable;
  return (
    <Group gap={6} wrap="wrap" mt={2}>
      {/* Filled and dark enough for small text (WCAG AA contrast). */}
      <Badge
        color={weak ? 'red.9' : quality.missing.length ? 'blue.9' : 'teal.9'}
        variant="filled"
        tt="none"
        aria-label={t('listingQuality.scoreLabel', { score: quality.score })}
      >
        {quality.score}/20
      </Badge>
      {quality.missing.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('listingQuality.missing')}: {quality.missing.map((item) => t(`listingQuality.items.${item}`)).join(', ')}
        </Text>
      )}
      {weak && (
        <Text size="xs" c="red.9">
          {t('listingQuality.wouldReturn')}
        </Text>
      )}
    </Group>
  );
}
