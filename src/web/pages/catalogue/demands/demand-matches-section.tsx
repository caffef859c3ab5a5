import { Anchor, Badge, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDemandMatches, type OfferMatch } from '../../../api/matching.js';
import { MatchConnectButton } from '../../../components/connections/match-connect-button.js';
import { ErrorState } from '../../../components/error-state.js';

type Props = { demandId: string; canConnect: boolean };

function MatchCard({ match, demandId, canConnect }: { match: OfferMatch; demandId: string; canConnect: boolean }) {
  const { t, i18n } = useTranslation();
  const { offer } = match;
  const language = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Card withBorder padding="sm" component="article" aria-label={offer.title}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Anchor component={Link} to={`/offers/${offer.id}`} fw={600}>
          {offer.title}
        </Anchor>
        <Badge variant="light" color="teal" tt="none" style={{ flexShrink: 0 }}>
          {t('catalogue.matches.score', { score: match.score })}
        </Badge>
      </Group>
      <Group gap="xs" mt={4} wrap="wrap">
        {offer.ownerName && (
          <Text size="xs" c="dimmed">
            {offer.ownerName}
          </Text>
        )}
        {offer.language !== 'vi' && (
          <Badge variant="outline" color="gray" tt="none" size="sm">
            {t(`catalogue.languages.${offer.language}`, { defaultValue: offer.language })}
          </Badge>
        )}
      </Group>
      <List size="sm" mt="xs" spacing={2} aria-label={t('catalogue.matches.reasons')}>
        {match.reasons.map((reason) => (
          <List.Item key={reason.kind}>{reason.text[language]}</List.Item>
        ))}
      </List>
      {canConnect && (
        <Group justify="flex-end" mt="xs">
          <MatchConnectButton demandId={demandId} offerId={offer.id} />
        </Group>
      )}
    </Card>
  );
}

/** The offers that fit an open demand best, each with why; the demand's editors may ask to connect from one. */
export function DemandMatchesSection({ demandId, canConnect }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const matches = useDemandMatches(demandId);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" mb="sm" id={headingId}>
        {t('catalogue.matches.title')}
      </Title>
      {matches.isPending && <Loader size="sm" />}
      {matches.isError && <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />}
      {matches.data &&
        (matches.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('catalogue.matches.empty')}
          </Text>
        ) : (
          <Stack gap="sm">
            {matches.data.items.map((match) => (
              <MatchCard key={match.offer.id} match={match} demandId={demandId} canConnect={canConnect} />
            ))}
          </Stack>
        ))}
    </Card>
  );
}
