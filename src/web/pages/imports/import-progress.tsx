import { Alert, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobResponse } from '../../../shared/jobs/job.schemas.js';

/** The running job as a progress bar: rows done out of rows in the file. */
export function ImportProgress({ job }: { job: JobResponse | undefined }) {
  const { t } = useTranslation();
  if (job?.status === 'failed') {
    return (
      <Alert color="red" role="alert">
        {t('imports.failed', { error: job.error ?? '' })}
      </Alert>
    );
  }
  const total = job?.total ?? 0;
  const progress = job?.progress ?? 0;
  const percent = total > 0 ? Math.round((progress / total) * 100) : 0;
  const label =
    !job || job.status === 'queued'
      ? t('imports.queued')
      : job.status === 'succeeded'
        ? t('imports.done', { count: total })
        : total > 0
          ? t('imports.running', { progress, total })
          : t('imports.runningUnknown');
  return (
    <Stack gap={4} role="status">
      <Progress value={job?.status === 'succeeded' ? 100 : percent} animated={job?.status !== 'succeeded'} size="lg" aria-label={label} />
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}
