import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMinutes } from '../../api/councils.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../../lib/format-date.js';
import { ConsensusTable } from './dossier-page.js';

/** /councils/:id/minutes — the printable minutes: members, form, and per dossier who was excluded and the consensus. */
export function MinutesPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const minutes = useMinutes(id);
  if (minutes.isLoading) return <LoadingState />;
  if (minutes.isError || !minutes.data) return <ErrorState error={minutes.error} onRetry={() => void minutes.refetch()} />;
  const m = minutes.data;
  const label = (c: (typeof m.form.criteria)[number]) => (i18n.language === 'en' && c.labelEn ? c.labelEn : c.label);
  return (
    <Stack gap="md" maw={900}>
      <PageTitle
        actions={
          <Group gap="xs" className="no-print">
            <Button variant="light" onClick={() => window.print()}>
              {t('councils.minutes.print')}
            </Button>
            <Button component="a" href={`/api/councils/${m.councilId}/minutes.pdf`} variant="subtle">
              PDF
            </Button>
          </Group>
        }
      >
        {t('councils.minutes.title')}
      </PageTitle>
      <Title order={2} size="h3">
        {m.councilName}
      </Title>
      <Text>{t('councils.minutes.convener', { name: m.convenerName, date: formatDate(m.meetingDate, i18n.language) })}</Text>
      <Title order={3} size="h4">
        {t('councils.detail.members')}
      </Title>
      <Stack component="ul" gap={2}>
        {m.members.map((member) => (
          <li key={member.id}>
            {member.name} — {t(`councils.role.${member.role}`)}
            {member.organisationName ? ` (${member.organisationName})` : ''}
          </li>
        ))}
      </Stack>
      <Title order={3} size="h4">
        {t('councils.minutes.form')}
      </Title>
      <Stack component="ul" gap={2}>
        {m.form.criteria.map((c) => (
          <li key={c.key}>
            {label(c)}: {c.maxPoints}
          </li>
        ))}
      </Stack>
      <Text>{t('councils.minutes.pass', { points: m.form.passTotal })}</Text>
      {m.dossiers.map((d, i) => (
        <Stack key={i} gap="xs">
          <Title order={3} size="h4">
            {i + 1}. {d.title}
          </Title>
          {d.excluded.map((e) => (
            <Text key={e.name} size="sm">
              {t('councils.detail.excluded', { names: e.name })}
              {e.reason ? ` — ${e.reason}` : ''}
            </Text>
          ))}
          {d.result ? (
            <>
              <Text size="sm">
                {t('councils.minutes.sheetsCount', { count: d.result.sheets })} · {formatDate(d.consolidatedAt, i18n.language)}
              </Text>
              <ConsensusTable form={m.form} result={d.result} />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('councils.minutes.notConsolidated')}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
