import { Badge, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useDecide, useRegistrations, type RegistrationData } from '../../api/events.js';
import { errorText } from '../../api/form-errors.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';

function RegistrationCard({ eventId, registration: r }: { eventId: string; registration: RegistrationData }) {
  const { t } = useTranslation();
  const decide = useDecide(eventId);
  const [reason, setReason] = useState('');
  const [booth, setBooth] = useState(r.booth ?? '');
  const error =
    decide.error instanceof ApiError ? (decide.error.fields[0]?.message ?? errorText(t, decide.error)) : decide.error ? errorText(t, decide.error) : undefined;
  return (
    <Card component="li" withBorder padding="sm" radius="sm">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>
            {r.personName}
            {r.organisationName ? ` — ${r.organisationName}` : ''}
          </Text>
          <Group gap={4}>
            <Badge variant="light">{t(`events.role.${r.role}`)}</Badge>
            <Badge color={r.status === 'approved' ? 'green' : r.status === 'refused' ? 'red' : 'yellow'}>{t(`events.status.${r.status}`)}</Badge>
          </Group>
        </Group>
        {r.wantsToMeet && <Text size="sm">{r.wantsToMeet}</Text>}
        {r.note && (
          <Text size="sm" c="dimmed">
            {r.note}
          </Text>
        )}
        {r.refusalReason && (
          <Text size="sm" c="red">
            {r.refusalReason}
          </Text>
        )}
        <Group align="flex-end" gap="xs" wrap="wrap">
          {(r.role === 'exhibitor' || r.role === 'supplier') && (
            <TextInput
              label={t('events.manage.booth')}
              description={t('events.manage.boothHint')}
              value={booth}
              onChange={(e) => setBooth(e.currentTarget.value)}
              w={180}
              size="xs"
            />
          )}
          <Button
            size="xs"
            loading={decide.isPending}
            onClick={() => decide.mutate({ registrationId: r.id, decision: 'approve', booth: booth.trim() || undefined })}
          >
            {t('events.manage.approve')}
          </Button>
          <TextInput
            label={t('events.manage.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            size="xs"
            style={{ flex: 1, minWidth: 160 }}
            error={error}
          />
          <Button
            size="xs"
            color="red"
            variant="light"
            loading={decide.isPending}
            onClick={() => decide.mutate({ registrationId: r.id, decision: 'refuse', reason: reason.trim() || undefined })}
          >
            {t('events.manage.refuse')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The organisers' list of registrations, each approved (with a booth) or refused with a reason. */
export function RegistrationsSection({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const list = useRegistrations(eventId);
  return (
    <Stack gap="xs">
      <Text fw={600} component="h2" size="lg">
        {t('events.manage.registrations')}
      </Text>
      {list.isLoading && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.items.length === 0 && <EmptyState title={t('events.manage.noRegistrations')} />}
      <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.items.map((r) => (
          <RegistrationCard key={r.id} eventId={eventId} registration={r} />
        ))}
      </Stack>
      {list.items.length > 0 && (
        <LoadMore
          shown={list.items.length}
          total={list.total}
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onMore={() => void list.fetchNextPage()}
        />
      )}
    </Stack>
  );
}
