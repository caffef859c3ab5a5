import '@mantine/charts/styles.css';
import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMemo } from 'react';
import { useAssessmentReport, useMethodology } from '../../api/assessment.js';
import { useAttachments } from '../../api/attachments.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { useLocalText } from './local-text.js';
import { GroupRadar } from './report-charts.js';
import { ChangeTable, CriteriaTable, GroupsTable } from './report-tables.js';
import { AssessmentStatusBadge } from './status-badge.js';
import { WeaknessesSection } from './weaknesses-section.js';

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Card withBorder radius="md" padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Card>
  );
}

/** /assessments/:id/report — total, level, coefficient, radar of groups, the sector, priorities and change. */
export function ReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { text, num, lang } = useLocalText();
  const query = useAssessmentReport(id);
  const methodology = useMethodology(query.data?.assessment.methodologyId ?? '');
  const questions = useMemo(
    () => new Map((methodology.data?.methodology.criteria ?? []).flatMap((c) => c.questions.map((q) => [q.id, q] as const))),
    [methodology.data],
  );
  const files = useAttachments('assessments', id);
  const evidence = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of files.data ?? []) if (f.subject) counts.set(f.subject, (counts.get(f.subject) ?? 0) + 1);
    return counts;
  }, [files.data]);
  if (query.isLoading) return <LoadingState />;
  if (query.isError || !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const r = query.data;
  const a = r.assessment;
  const scored = a.status === 'submitted' || a.status === 'approved';
  return (
    <Stack gap="md">
      <PageTitle>{`${t('assessment.report.title')}: ${a.organisationName}`}</PageTitle>
      <Group gap="sm" wrap="wrap">
        <AssessmentStatusBadge status={a.status} />
        <Anchor component={Link} to={`/assessments/${a.id}`} size="sm">
          {text(a.methodologyName)}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('assessment.form.sector', { code: a.vsicDivision })}
        </Text>
        <Button
          component="a"
          href={`/api/assessments/${a.id}/report.pdf?lang=${lang}`}
          download
          variant="light"
          size="xs"
          leftSection={<IconDownload size={16} />}
        >
          {t('assessment.report.downloadPdf')}
        </Button>
      </Group>
      {!scored && <Alert color="gray">{t('assessment.report.notScored')}</Alert>}
      {r.provisional && (
        <Alert
          color="yellow"
          icon={<IconAlertTriangle />}
          styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
          title={t('assessment.methodology.provisional')}
          role="note"
        >
          {t('assessment.report.provisional')}{' '}
          <Anchor component={Link} to={`/assessments/methodologies/${a.methodologyId}`} size="sm">
            {t('assessment.methodology.unverifiedParts', { count: r.unverified.length })}
          </Anchor>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <Figure label={t('assessment.report.total')} value={num(r.score.total)} note={t('assessment.report.ofMax', { max: num(r.score.maxTotal) })} />
        <Figure label={t('assessment.report.level')} value={text(r.score.level.name)} />
        <Figure label={t('assessment.report.coefficient')} value={num(r.score.coefficient)} note={text(r.score.coefficientFormula)} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <GroupRadar report={r} />
        <GroupsTable report={r} />
      </SimpleGrid>
      {r.weaknesses.length > 0 && <WeaknessesSection assessmentId={a.id} weaknesses={r.weaknesses} canDraft={r.canDraftDemand} />}
      {r.previous && <ChangeTable previous={r.previous} />}
      <CriteriaTable report={r} questions={questions} evidence={evidence} />
    </Stack>
  );
}
