import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseQualityReturn } from '../../../domain/catalogue/listing-quality.js';

/**
 * A record's return reason: a moderator's own words as written, or, for a return by the publication
 * threshold, the score and the prompts of the missing items in the reader's language (`compact`: one line).
 */
export function ReturnReason({ reason, compact = false }: { reason: string; compact?: boolean }) {
  const { t } = useTranslation();
  const quality = parseQualityReturn(reason);
  if (!quality) return <>{reason}</>;
  const { kind, score, threshold, missing } = quality;
  if (compact)
    return <>{t('listingQuality.returnedShort', { score, threshold, items: missing.map((item) => t(`listingQuality.items.${item}`)).join(', ') })}</>;
  return (
    <>
      <Text size="sm">{t('listingQuality.returned', { score, threshold })}</Text>
      <List size="sm" mt={4}>
        {missing.map((item) => (
          <List.Item key={item}>{t(`listingQuality.prompts.${kind}.${item}`)}</List.Item>
        ))}
      </List>
    </>
  );
}
