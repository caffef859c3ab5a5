import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useListingOutcome } from '../../api/listing-outcomes.js';
import { OutcomeFigures } from './outcome-figures.js';

/** On an offer's or demand's page, for its owner side and the staff covering it: what the listing achieved. */
export function ListingOutcomePanel({ segment, id }: { segment: 'offers' | 'demands'; id: string }) {
  const { t } = useTranslation();
  const query = useListingOutcome(segment, id, true);
  // Others get no figures (the server answers 404): the panel is simply not there.
  if (!query.data) return null;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="listing-outcome-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="listing-outcome-title">
          {t('listingOutcomes.panelTitle')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('listingOutcomes.panelIntro')}
        </Text>
        <OutcomeFigures outcome={query.data.outcome} cols={{ base: 2, sm: 2 }} />
      </Stack>
    </Card>
  );
}
