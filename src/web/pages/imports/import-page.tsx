import { Anchor, Button, Card, Container, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportUrl, importReportOf, templateUrl, useJob, type InterchangeType } from '../../api/imports.js';
import { PageTitle } from '../../components/page-title.js';
import { ImportForm } from './import-form.js';
import { ImportProgress } from './import-progress.js';
import { ImportReportView } from './import-report.js';

/** Bulk import with a progress bar and a row-level report; template and export downloads beside it. */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const [type, setType] = useState<InterchangeType>('offers');
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const report = importReportOf(job.data);
  const done = job.data?.status === 'succeeded' || job.data?.status === 'failed';

  return (
    <Container size="lg" px={0}>
      <PageTitle>{t('imports.title')}</PageTitle>
      <Text mb="lg" c="dimmed">
        {t('imports.lead')}
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder padding="lg">
            <Stack gap="lg">
              {jobId === null ? (
                <ImportForm type={type} onTypeChange={setType} onStarted={setJobId} />
              ) : (
                <>
                  <ImportProgress job={job.data} />
                  {report && <ImportReportView report={report} />}
                  {done && (
                    <Button variant="default" onClick={() => setJobId(null)} style={{ alignSelf: 'flex-start' }}>
                      {t('imports.again')}
                    </Button>
                  )}
                </>
              )}
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Card withBorder padding="lg">
              <Title order={2} size="h4" mb="xs">
                {t('imports.template')}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t('imports.templateHint')}
              </Text>
              <Stack gap={6}>
                {(['offers', 'demands'] as const).map((kind) => (
                  <Anchor key={kind} href={templateUrl(kind, i18n.language)} download>
                    <Group gap={6} wrap="nowrap">
                      <IconFileSpreadsheet size={18} aria-hidden />
                      {t(`imports.types.${kind}`)} (.xlsx)
                    </Group>
                  </Anchor>
                ))}
              </Stack>
            </Card>
            <Card withBorder padding="lg">
              <Title order={2} size="h4" mb="xs">
                {t('imports.export')}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t('imports.exportHint')}
              </Text>
              <Stack gap="xs">
                {(['offers', 'demands'] as const).map((kind) => (
                  <div key={kind}>
                    <Text size="sm" fw={500} mb={4}>
                      {t(`imports.types.${kind}`)}
                    </Text>
                    <Group gap="xs">
                      <Button component="a" href={exportUrl(kind, 'xlsx')} download size="xs" variant="light" leftSection={<IconDownload size={14} />}>
                        {t('imports.exportXlsx')}
                      </Button>
                      <Button component="a" href={exportUrl(kind, 'jsonl')} download size="xs" variant="default" leftSection={<IconDownload size={14} />}>
                        {t('imports.exportJsonl')}
                      </Button>
                    </Group>
                  </div>
                ))}
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Container>
  );
}
