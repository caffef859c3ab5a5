import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useEvent, type EventDetailData } from '../../api/events.js';
import { useProvinceLabels } from '../../components/catalogue/use-code-labels.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../../lib/format-date.js';
import { B2bPanel } from './b2b-panel.js';
import { timeOf, useDateRange, useEventName } from './event-labels.js';
import { RegistrationPanel } from './registration-panel.js';

function Facts({ event }: { event: EventDetailData }) {
  const { t } = useTranslation();
  const range = useDateRange();
  const province = useProvinceLabels();
  const legacyProvince = useProvinceLabels('legacy');
  const rows: [string, string][] = [
    [t('events.page.dates'), range(event.startsOn, event.endsOn)],
    [t('events.page.venue'), event.venue ?? '—'],
    [t('events.page.province'), (event.provinceCode ? province(event.provinceCode) : legacyProvince(event.legacyProvinceCode)) || '—'],
    [t('events.page.organisers'), event.organisers.map((o) => o.name).join(', ') || '—'],
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {label}
          </Text>
          <Text>{value}</Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function Programme({ event }: { event: EventDetailData }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('events.page.programme')}
      </Title>
      {event.activities.length === 0 && <Text c="dimmed">{t('events.page.noProgramme')}</Text>}
      {event.activities.map((a) => (
        <Card key={a.id} withBorder padding="sm" radius="sm">
          <Group gap="xs" wrap="wrap">
            <Badge variant="light">{t(`events.activityKind.${a.kind}`)}</Badge>
            <Text size="sm" c="dimmed">
              {formatDate(a.day, i18n.language)}
              {a.startTime ? ` ${a.startTime}${a.endTime ? `–${a.endTime}` : ''}` : ''}
            </Text>
          </Group>
          <Text fw={600} mt={4}>
            {english && a.titleEn ? a.titleEn : a.title}
          </Text>
          {a.place && (
            <Text size="sm" c="dimmed">
              {a.place}
            </Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}

function Exhibits({ event }: { event: EventDetailData }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('events.page.exhibits')}
      </Title>
      {event.exhibits.length === 0 && <Text c="dimmed">{t('events.page.noExhibits')}</Text>}
      {event.exhibits.map((x) => (
        <Group key={x.offerId} gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/offers/${x.offerId}`}>
            {x.title}
          </Anchor>
          {x.ownerName && (
            <Text size="sm" c="dimmed">
              {x.ownerName}
            </Text>
          )}
          {x.booth && <Badge variant="outline">{t('events.page.booth', { booth: x.booth })}</Badge>}
        </Group>
      ))}
    </Stack>
  );
}

function Sessions({ event }: { event: EventDetailData }) {
  const { t, i18n } = useTranslation();
  if (event.sessions.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('events.page.sessions')}
      </Title>
      <Table.ScrollContainer minWidth={320}>
        <Table>
          <Table.Tbody>
            {event.sessions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.title}</Table.Td>
                <Table.Td>
                  {s.slots[0] &&
                    `${formatDate(s.slots[0].startsAt, i18n.language)} ${timeOf(s.slots[0].startsAt, event.timeZone)}–${timeOf(s.slots[s.slots.length - 1].endsAt, event.timeZone)}`}
                </Table.Td>
                <Table.Td>
                  {t('events.page.slots', { count: s.slots.length })} · {t('events.page.tables', { count: s.tables })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** /events/:id — the public event page: facts, programme, B2B sessions, exhibited technologies; registration and meetings for the signed-in. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const event = useEvent(id);
  const name = useEventName();
  if (event.isLoading) return <LoadingState />;
  if (event.isError || !event.data) return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;
  const e = event.data;
  const summary = i18n.language === 'en' && e.summaryEn ? e.summaryEn : e.summary;
  return (
    <Stack gap="lg">
      <PageTitle
        actions={
          <Group gap="xs">
            {e.myRegistration?.status === 'approved' && (
              <Button variant="light" component={Link} to={`/events/${e.id}/agenda`}>
                {t('events.page.agenda')}
              </Button>
            )}
            {e.canManage && (
              <>
                <Button variant="light" component={Link} to={`/events/${e.id}/manage`}>
                  {t('events.page.manage')}
                </Button>
                <Button variant="default" component={Link} to={`/events/${e.id}/edit`}>
                  {t('events.page.edit')}
                </Button>
              </>
            )}
          </Group>
        }
      >
        {name(e)}
      </PageTitle>
      <Group gap="xs">
        <Badge variant="light">{t(`events.kind.${e.kind}`)}</Badge>
      </Group>
      <Facts event={e} />
      {summary && <Text style={{ whiteSpace: 'pre-line' }}>{summary}</Text>}
      <RegistrationPanel event={e} />
      <B2bPanel event={e} />
      <Programme event={e} />
      <Sessions event={e} />
      <Exhibits event={e} />
    </Stack>
  );
}
