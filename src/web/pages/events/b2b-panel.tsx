import { Anchor, Badge, Button, Card, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAnswerRequest,
  useCancelRequest,
  useMyRequests,
  useParticipants,
  useRequestMeeting,
  useSetUnavailability,
  useUnavailability,
  type EventDetailData,
  type MeetingRequestData,
  type SessionData,
} from '../../api/events.js';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../api/form-errors.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { LoadMore } from '../../components/load-more.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { timeOf } from './event-labels.js';

function Unavailable({ session, timeZone }: { session: SessionData; timeZone: string }) {
  const current = useUnavailability(session.id, true);
  if (current.isLoading) return <LoadingState lines={1} />;
  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  return <UnavailableForm session={session} timeZone={timeZone} initial={current.data?.slotIds ?? []} />;
}

function UnavailableForm({ session, timeZone, initial }: { session: SessionData; timeZone: string; initial: string[] }) {
  const { t, i18n } = useTranslation();
  const save = useSetUnavailability(session.id);
  const [chosen, setChosen] = useState<string[]>(initial);
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('events.b2b.unavailable')}</Text>
      <Text size="sm" c="dimmed">
        {t('events.b2b.unavailableHelp')}
      </Text>
      <Checkbox.Group value={chosen} onChange={setChosen} aria-label={t('events.b2b.unavailable')}>
        <Group gap="sm">
          {session.slots.map((slot) => (
            <Checkbox
              key={slot.id}
              value={slot.id}
              label={`${formatDate(slot.startsAt, i18n.language)} ${timeOf(slot.startsAt, timeZone)}–${timeOf(slot.endsAt, timeZone)}`}
            />
          ))}
        </Group>
      </Checkbox.Group>
      <Group justify="flex-end">
        <Button variant="light" size="xs" loading={save.isPending} onClick={() => save.mutate(chosen)}>
          {t('events.b2b.saveUnavailable')}
        </Button>
      </Group>
    </Stack>
  );
}

function AskForm({ sessionId, registrationId }: { sessionId: string; registrationId: string }) {
  const { t } = useTranslation();
  const ask = useRequestMeeting(sessionId);
  const [reason, setReason] = useState('');
  const fieldError = ask.error instanceof ApiError ? ask.error.fields[0]?.message : undefined;
  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <TextInput
        label={t('events.b2b.askReason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        maxLength={500}
        style={{ flex: 1, minWidth: 200 }}
        error={ask.isError ? (fieldError ?? errorText(t, ask.error)) : undefined}
      />
      {ask.isSuccess ? (
        <Text size="sm">{t('events.b2b.asked')}</Text>
      ) : (
        <Button size="sm" loading={ask.isPending} disabled={!reason.trim()} onClick={() => ask.mutate({ toRegistrationId: registrationId, reason })}>
          {t('events.b2b.ask')}
        </Button>
      )}
    </Group>
  );
}

function RequestRow({ request }: { request: MeetingRequestData }) {
  const { t, i18n } = useTranslation();
  const answer = useAnswerRequest();
  const cancel = useCancelRequest();
  const live = request.status === 'pending' || request.status === 'accepted';
  return (
    <Card withBorder padding="sm" radius="sm">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm" fw={600}>
            {t(request.direction === 'incoming' ? 'events.b2b.incoming' : 'events.b2b.outgoing')}: {request.otherName}
            {request.otherOrganisation ? ` (${request.otherOrganisation})` : ''}
          </Text>
          <Badge variant="light">{t(`events.requestStatus.${request.status}`)}</Badge>
        </Group>
        <Text size="sm">{request.reason}</Text>
        {request.status === 'pending' && (
          <Text size="xs" c="dimmed">
            {t('events.b2b.expires', { date: formatDateTime(request.expiresAt, i18n.language) })}
          </Text>
        )}
        <Group gap="xs" justify="flex-end">
          {request.direction === 'incoming' && request.status === 'pending' && (
            <>
              <Button size="xs" loading={answer.isPending} onClick={() => answer.mutate({ id: request.id, accept: true })}>
                {t('events.b2b.accept')}
              </Button>
              <Button size="xs" variant="default" loading={answer.isPending} onClick={() => answer.mutate({ id: request.id, accept: false })}>
                {t('events.b2b.decline')}
              </Button>
            </>
          )}
          {live && !(request.direction === 'incoming' && request.status === 'pending') && (
            <Button size="xs" variant="subtle" color="red" loading={cancel.isPending} onClick={() => cancel.mutate(request.id)}>
              {t('events.b2b.withdraw')}
            </Button>
          )}
        </Group>
        {answer.isError && (
          <Text size="sm" c="red">
            {(answer.error instanceof ApiError && answer.error.fields[0]?.message) || errorText(t, answer.error)}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function SessionPanel({ event, session }: { event: EventDetailData; session: SessionData }) {
  const { t } = useTranslation();
  const myRole = event.myRegistration!.role;
  const mySide = myRole === 'seeker' || myRole === 'visitor' ? 'demand' : 'supply';
  // Whom to meet: the other side only, a page at a time (the server keeps the best matches first).
  const participants = useParticipants(event.id, true, { side: mySide === 'demand' ? 'supply' : 'demand' });
  const requests = useMyRequests(session.id, true);
  const others = participants.items;
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="md">
        <Text fw={600} component="h2" size="lg">
          {t('events.b2b.title', { session: session.title })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('events.b2b.caps', { pending: session.maxPendingOutgoing, meetings: session.maxMeetingsPerPerson, hours: session.requestExpiryHours })}
        </Text>
        <Unavailable session={session} timeZone={event.timeZone} />
        <Stack gap="xs">
          <Text fw={600}>{t('events.b2b.requests')}</Text>
          {requests.isLoading && <LoadingState lines={2} />}
          {requests.isError && <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />}
          {requests.isSuccess && requests.items.length === 0 && <Text size="sm">{t('events.b2b.noRequests')}</Text>}
          {requests.items.map((r) => (
            <RequestRow key={r.id} request={r} />
          ))}
          {requests.isSuccess && requests.total > 0 && (
            <LoadMore
              shown={requests.items.length}
              total={requests.total}
              hasMore={requests.hasNextPage}
              loading={requests.isFetchingNextPage}
              onMore={() => void requests.fetchNextPage()}
            />
          )}
        </Stack>
        <Stack gap="xs">
          <Text fw={600}>{t('events.b2b.participants')}</Text>
          {participants.isLoading && <LoadingState lines={2} />}
          {participants.isError && <ErrorState error={participants.error} onRetry={() => void participants.refetch()} />}
          {participants.isSuccess && others.length === 0 && <EmptyState title={t('events.b2b.noParticipants')} />}
          {others.map((p) => (
            <Card key={p.registrationId} withBorder padding="sm" radius="sm">
              <Stack gap={4}>
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    {p.personName}
                  </Text>
                  {p.organisationId && p.organisationName && (
                    <Anchor component={Link} to={`/organisations/${p.organisationId}`} size="sm">
                      {p.organisationName}
                    </Anchor>
                  )}
                  <Badge variant="light" size="sm">
                    {t(`events.role.${p.role}`)}
                  </Badge>
                </Group>
                {p.match && (
                  <Text size="sm" c="teal.8">
                    {t('events.b2b.suggested', { demand: p.match.demandTitle, offer: p.match.offerTitle, score: p.match.score })}
                  </Text>
                )}
                {p.wantsToMeet && (
                  <Text size="sm" c="dimmed">
                    {p.wantsToMeet}
                  </Text>
                )}
                <AskForm sessionId={session.id} registrationId={p.registrationId} />
              </Stack>
            </Card>
          ))}
          {participants.isSuccess && participants.total > 0 && (
            <LoadMore
              shown={others.length}
              total={participants.total}
              hasMore={participants.hasNextPage}
              loading={participants.isFetchingNextPage}
              onMore={() => void participants.fetchNextPage()}
            />
          )}
        </Stack>
      </Stack>
    </Card>
  );
}

/** For an approved participant: each B2B session's slots they cannot make, whom to meet, and their requests. */
export function B2bPanel({ event }: { event: EventDetailData }) {
  if (event.myRegistration?.status !== 'approved') return null;
  return (
    <>
      {event.sessions.map((session) => (
        <SessionPanel key={session.id} event={event} session={session} />
      ))}
    </>
  );
}
