import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../api/assessment.js';
import { useSendReminderNow, useUpdateReminderSchedule } from '../../api/campaign-reminders.js';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { showNotice } from './notice.js';
import { ReminderScheduleFields, scheduleBody } from './reminder-schedule-fields.js';

type Reminders = Campaign['reminders'];

/** "remind every 7 days, once more 3 days before the deadline", or that nothing is scheduled. */
function useScheduleText(r: Reminders) {
  const { t } = useTranslation();
  const parts = [
    ...(r.remindEveryDays ? [t('assessment.campaigns.reminders.every', { count: r.remindEveryDays })] : []),
    ...(r.remindDaysBeforeDeadline ? [t('assessment.campaigns.reminders.before', { count: r.remindDaysBeforeDeadline })] : []),
  ];
  return parts.length ? parts.join('; ') : t('assessment.campaigns.reminders.off');
}

/** The campaign's reminders: its schedule, the last reminder and the next; staff change the schedule or remind now. */
export function CampaignReminders({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation();
  const r = campaign.reminders;
  const [editing, setEditing] = useState(false);
  const send = useSendReminderNow(campaign.id);
  const schedule = useScheduleText(r);
  const lang = i18n.language;
  const sendNow = () =>
    send.mutate(undefined, {
      onSuccess: (sent) =>
        showNotice(t, { color: 'teal', message: t('assessment.campaigns.reminders.sent', { count: sent.organisations, people: sent.people }) }),
      onError: (error) => showNotice(t, { color: 'red', message: errorText(t, error) }),
    });
  return (
    <Card component="section" withBorder radius="md" padding="md" aria-labelledby="campaign-reminders-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="campaign-reminders-title">
          {t('assessment.campaigns.reminders.title')}
        </Title>
        <Text>
          {r.deadline
            ? `${t('assessment.campaigns.reminders.deadlineLine', { date: formatDate(r.deadline, lang) })} · ${schedule}`
            : t('assessment.campaigns.reminders.noDeadline')}
        </Text>
        <Text size="sm" data-testid="last-reminder">
          {r.last
            ? t('assessment.campaigns.reminders.last', {
                when: formatDateTime(r.last.sentAt, lang),
                how: t(r.last.manual ? 'assessment.campaigns.reminders.lastManual' : 'assessment.campaigns.reminders.lastScheduled'),
                count: r.last.organisations,
                people: r.last.people,
              })
            : t('assessment.campaigns.reminders.neverSent')}
        </Text>
        <Text size="sm">
          {r.nextOn ? t('assessment.campaigns.reminders.next', { date: formatDate(r.nextOn, lang) }) : t('assessment.campaigns.reminders.noNext')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('assessment.campaigns.reminders.pending', { count: r.pending })}
        </Text>
        {r.canManage && !editing && (
          <Group gap="sm">
            <Button onClick={sendNow} loading={send.isPending} disabled={r.pending === 0}>
              {t('assessment.campaigns.reminders.sendNow')}
            </Button>
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('assessment.campaigns.reminders.edit')}
            </Button>
          </Group>
        )}
        {r.canManage && !editing && (
          <Text size="xs" c="dimmed">
            {t('assessment.campaigns.reminders.sendNowHelp')}
          </Text>
        )}
        {editing && <ScheduleEditor campaign={campaign} onDone={() => setEditing(false)} />}
      </Stack>
    </Card>
  );
}

function ScheduleEditor({ campaign, onDone }: { campaign: Campaign; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateReminderSchedule(campaign.id);
  const r = campaign.reminders;
  const form = useForm({
    initialValues: { deadline: r.deadline ?? '', remindEveryDays: r.remindEveryDays ?? '', remindDaysBeforeDeadline: r.remindDaysBeforeDeadline ?? '' },
  });
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        update.mutate(
          { ...scheduleBody(values), version: campaign.version },
          {
            onSuccess: () => {
              showNotice(t, { color: 'teal', message: t('assessment.campaigns.reminders.saved') });
              onDone();
            },
            onError: (error) => {
              if (!applyFieldErrors(form, error)) showNotice(t, { color: 'red', message: errorText(t, error) });
            },
          },
        ),
      )}
    >
      <Stack gap="sm">
        <ReminderScheduleFields inputProps={form.getInputProps} />
        <Group gap="sm">
          <Button type="submit" loading={update.isPending}>
            {t('assessment.campaigns.reminders.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('assessment.campaigns.reminders.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
