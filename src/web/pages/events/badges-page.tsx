import { Anchor, Button, Card, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAllBadges } from '../../api/events.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import './agenda-print.css';

/** /events/:id/badges — every approved participant's badge with its QR code, to print on A4 (all pages of the list, fetched in turn). */
export function BadgesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const badges = useAllBadges(id);
  if (badges.isLoading)
    return (
      <Stack gap="xs" aria-live="polite">
        <Text size="sm" data-testid="badges-progress">
          {t('events.badges.loading', { loaded: badges.progress.loaded, total: badges.progress.total })}
        </Text>
        <Progress value={badges.progress.total ? (100 * badges.progress.loaded) / badges.progress.total : 0} aria-label={t('events.badges.loadingLabel')} />
        <LoadingState />
      </Stack>
    );
  if (badges.isError || !badges.data) return <ErrorState error={badges.error} onRetry={() => void badges.refetch()} />;
  const b = badges.data;
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          <Button variant="light" onClick={() => window.print()} data-print-hide>
            {t('events.badges.print')}
          </Button>
        }
      >
        {t('events.badges.title', { name: b.eventName })}
      </PageTitle>
      <Anchor component={Link} to={`/events/${id}/manage`} data-print-hide>
        ← {b.eventName}
      </Anchor>
      {b.items.length === 0 && <EmptyState title={t('events.badges.empty')} />}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {b.items.map((badge) => (
          <Card key={badge.registrationId} withBorder padding="md" radius="sm" className="tb-agenda-item">
            <Stack gap={4} align="center" ta="center">
              <Text size="xs" c="dimmed">
                {b.eventName}
              </Text>
              <QRCodeSVG value={badge.code} size={120} marginSize={1} role="img" aria-label={`${t('events.badges.code')} ${badge.code}`} />
              <Text fw={700} size="lg">
                {badge.personName}
              </Text>
              {badge.organisationName && <Text size="sm">{badge.organisationName}</Text>}
              <Text size="sm">
                {t(`events.role.${badge.role}`)}
                {badge.booth ? ` · ${t('events.badges.booth', { booth: badge.booth })}` : ''}
              </Text>
              <Text ff="monospace" size="sm">
                {t('events.badges.code')}: {badge.code}
              </Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
