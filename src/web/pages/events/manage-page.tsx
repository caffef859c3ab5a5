import { Alert, Anchor, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useEvent } from '../../api/events.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { DashboardSection } from './dashboard-section.js';
import { useEventName } from './event-labels.js';
import { RegistrationsSection } from './registrations-section.js';
import { SessionsSection } from './sessions-section.js';

/** /events/:id/manage — the organisers' screen: registrations to decide, B2B sessions and their schedules. */
export function ManagePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(id);
  const name = useEventName();
  if (event.isLoading) return <LoadingState />;
  if (event.isError || !event.data) return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;
  if (!event.data.canManage) return <Alert color="yellow">{t('errors.FORBIDDEN')}</Alert>;
  return (
    <Stack gap="lg">
      <PageTitle>{t('events.manage.title', { name: name(event.data) })}</PageTitle>
      <Anchor component={Link} to={`/events/${id}`}>
        ← {name(event.data)}
      </Anchor>
      <Group gap="xs">
        <Button component={Link} to={`/events/${id}/check-in`} variant="light">
          {t('events.manage.checkIn')}
        </Button>
        <Button component={Link} to={`/events/${id}/tables`} variant="light">
          {t('events.manage.tables')}
        </Button>
        <Button component={Link} to={`/events/${id}/badges`} variant="default">
          {t('events.manage.badges')}
        </Button>
      </Group>
      <DashboardSection eventId={id} />
      <RegistrationsSection eventId={id} />
      <SessionsSection event={event.data} />
    </Stack>
  );
}
