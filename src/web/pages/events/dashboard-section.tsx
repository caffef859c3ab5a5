import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { meetingOutcomes, registrationRoles, registrationStatuses } from '../../../shared/events/event-codes.js';
import { useEventDashboard } from '../../api/events.js';
import { formatVndShort } from '../../components/connections/vnd.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';

function Figure({ label, value, testId }: { label: string; value: string | number; testId?: string }) {
  return (
    <Card withBorder padding="sm" radius="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

/** The organisers' live figures of an event, each saying what it counts. */
export function DashboardSection({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const dashboard = useEventDashboard(eventId);
  if (dashboard.isLoading) return <LoadingState />;
  if (dashboard.isError || !dashboard.data) return <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const d = dashboard.data;
  const count = (role: string, status: string) => d.registrations.find((r) => r.role === role && r.status === status)?.count ?? 0;
  const money = (m: { count: number; valueVnd: number }) =>
    m.count === 0 ? t('events.dashboard.none') : t('events.dashboard.agreementValue', { count: m.count, value: formatVndShort(m.valueVnd, i18n.language) });
  return (
    <Stack gap="sm" component="section" aria-labelledby="event-dashboard">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h3" id="event-dashboard">
          {t('events.manage.dashboard')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('events.dashboard.liveHelp')}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="xs">
        <Figure label={t('events.dashboard.checkedIn')} value={d.checkedIn} testId="dashboard-checked-in" />
        <Figure label={t('events.dashboard.booths')} value={d.booths} />
        <Figure label={t('events.dashboard.technologies')} value={d.technologiesShown} />
        <Figure label={t('events.dashboard.offersCollected')} value={d.collected.offers} testId="dashboard-offers-collected" />
        <Figure label={t('events.dashboard.demandsCollected')} value={d.collected.demands} testId="dashboard-demands-collected" />
        <Figure label={t('events.dashboard.connections')} value={d.connections.opened} testId="dashboard-connections" />
        <Figure label={t('events.dashboard.mous')} value={money(d.mous)} testId="dashboard-mous" />
        <Figure label={t('events.dashboard.contracts')} value={money(d.contracts)} />
      </SimpleGrid>
      <Title order={3} size="h4">
        {t('events.dashboard.meetings')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
        <Figure label={t('events.dashboard.requested')} value={d.meetings.requested} />
        <Figure label={t('events.dashboard.accepted')} value={d.meetings.accepted} />
        <Figure label={t('events.dashboard.scheduled')} value={d.meetings.scheduled} testId="dashboard-scheduled" />
        <Figure label={t('events.dashboard.held')} value={d.meetings.held} testId="dashboard-held" />
        <Figure label={t('events.dashboard.notHeld')} value={d.meetings.notHeld} testId="dashboard-not-held" />
        <Figure label={t('events.dashboard.noShow')} value={d.meetings.noShow} testId="dashboard-no-show" />
        <Figure label={t('events.dashboard.unanswered')} value={d.meetings.unanswered} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Table.ScrollContainer minWidth={280}>
          <Table striped withTableBorder>
            <Table.Caption>{t('events.dashboard.registrations')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('events.manage.role')}</Table.Th>
                {registrationStatuses.map((s) => (
                  <Table.Th key={s}>{t(`events.status.${s}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {registrationRoles.map((role) => (
                <Table.Tr key={role}>
                  <Table.Td>{t(`events.role.${role}`)}</Table.Td>
                  {registrationStatuses.map((s) => (
                    <Table.Td key={s}>{count(role, s)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Stack gap="xs">
          <Table withTableBorder>
            <Table.Caption>{t('events.dashboard.outcomes')}</Table.Caption>
            <Table.Tbody>
              {meetingOutcomes.map((o) => (
                <Table.Tr key={o}>
                  <Table.Td>{t(`events.outcome.${o}`)}</Table.Td>
                  <Table.Td>{d.outcomes.find((x) => x.outcome === o)?.count ?? 0}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {d.connections.byStage.length > 0 && (
            <Table withTableBorder>
              <Table.Caption>{t('events.dashboard.connections')}</Table.Caption>
              <Table.Tbody>
                {d.connections.byStage.map((s) => (
                  <Table.Tr key={s.stage}>
                    <Table.Td>{t(`connections.stages.${s.stage}`)}</Table.Td>
                    <Table.Td>{s.count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
