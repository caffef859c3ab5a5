import { NumberInput, SimpleGrid, Text } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { defaultReminderSchedule } from '../../../domain/assessment/campaign-reminders.js';
import { addDays } from '../../../domain/programmes/dates.js';
import { REMIND_DAYS_MAX } from '../../../shared/assessment/campaign-reminders.schemas.js';
import { vietnamToday } from '../../../shared/i18n/vietnam-time.js';
import { DateField } from '../../components/date-field.js';

/** The schedule as the form holds it: an empty number input turns that kind of reminder off. */
export type ScheduleValues = { deadline: string; remindEveryDays: number | string; remindDaysBeforeDeadline: number | string };
type ScheduleField = keyof ScheduleValues;

const days = (value: number | string) => (typeof value === 'number' ? value : null);

/** What the API takes. */
export const scheduleBody = (v: ScheduleValues) => ({
  deadline: v.deadline || null,
  remindEveryDays: days(v.remindEveryDays),
  remindDaysBeforeDeadline: days(v.remindDaysBeforeDeadline),
});

/** A new campaign's schedule: answers due in 30 days, a reminder every 7 days and one 3 days before the deadline. */
export const defaultScheduleValues = (): ScheduleValues => ({
  deadline: addDays(vietnamToday(), defaultReminderSchedule.deadlineInDays),
  remindEveryDays: defaultReminderSchedule.everyDays,
  remindDaysBeforeDeadline: defaultReminderSchedule.daysBeforeDeadline,
});

/** Deadline, "every N days" and "N days before the deadline", one column on a phone. */
export function ReminderScheduleFields({ inputProps }: { inputProps: (field: ScheduleField) => GetInputPropsReturnType }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('assessment.campaigns.reminders.scheduleHelp')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateField
          label={t('assessment.campaigns.reminders.deadline')}
          description={t('assessment.campaigns.reminders.deadlineHelp')}
          {...inputProps('deadline')}
        />
        <NumberInput
          label={t('assessment.campaigns.reminders.everyDays')}
          description={t('assessment.campaigns.reminders.everyDaysHelp')}
          min={1}
          max={REMIND_DAYS_MAX}
          allowDecimal={false}
          {...inputProps('remindEveryDays')}
        />
        <NumberInput
          label={t('assessment.campaigns.reminders.daysBefore')}
          description={t('assessment.campaigns.reminders.daysBeforeHelp')}
          min={1}
          max={REMIND_DAYS_MAX}
          allowDecimal={false}
          {...inputProps('remindDaysBeforeDeadline')}
        />
      </SimpleGrid>
    </>
  );
}
