import { Accordion, Alert, Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { describeCoefficient } from '../../../domain/assessment/coefficient.js';
import type { Criterion, Question } from '../../../domain/assessment/methodology-types.js';
import { useMethodology } from '../../api/assessment.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { useLocalText } from './local-text.js';
import { VerifiedBadge } from './verified-badge.js';

function QuestionView({ question }: { question: Question }) {
  const { t } = useTranslation();
  const { text, num } = useLocalText();
  const a = question.answer;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {text(question.label)}{' '}
        <Text span c="dimmed" size="xs">
          ({question.id})
        </Text>
      </Text>
      {question.help && (
        <Text size="xs" c="dimmed">
          {text(question.help)}
        </Text>
      )}
      {a.kind === 'number' && <Text size="xs">{t('assessment.methodology.unit', { unit: text(a.unit) })}</Text>}
      {a.kind === 'percentage' && <Text size="xs">{t('assessment.methodology.unit', { unit: '%' })}</Text>}
      {(a.kind === 'choice' || a.kind === 'multi-select') && (
        <Text size="xs">
          {t('assessment.methodology.options')}: {a.options.map((o) => `${text(o.label)} (${num(o.points)})`).join('; ')}
        </Text>
      )}
      {a.kind === 'yes-no' && (
        <Text size="xs">
          {t('assessment.methodology.options')}: {t('assessment.form.yes')} ({num(a.points.yes)}); {t('assessment.form.no')} ({num(a.points.no)})
        </Text>
      )}
      {question.example && (
        <Text size="xs" fs="italic">
          {t('assessment.methodology.example', { text: text(question.example) })}
        </Text>
      )}
      <Group gap={4}>
        {question.dontKnow && (
          <Badge size="xs" variant="outline">
            {t('assessment.methodology.dontKnowAllowed')}
          </Badge>
        )}
        {question.notApplicable && (
          <Badge size="xs" variant="outline">
            {t('assessment.methodology.notApplicableAllowed')}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}

function CriterionView({ criterion, rule }: { criterion: Criterion; rule: { vi: string; en: string } | undefined }) {
  const { t } = useTranslation();
  const { text, num } = useLocalText();
  return (
    <Accordion.Item value={criterion.code}>
      <Accordion.Control>
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{criterion.code}</Text>
          <Text>{text(criterion.name)}</Text>
          <Badge variant="outline">{t('assessment.methodology.points', { points: num(criterion.maxPoints) })}</Badge>
          {!criterion.scoring.verified && <Badge color="yellow">{t('assessment.methodology.provisional')}</Badge>}
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {text(criterion.help)}
          </Text>
          <div>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t('assessment.methodology.rule')}
              </Text>
              <VerifiedBadge verified={criterion.scoring.verified} note={criterion.scoring.note} />
            </Group>
            <Text size="sm">{text(rule)}</Text>
          </div>
          <Text size="sm" fw={600}>
            {t('assessment.methodology.questions')}
          </Text>
          {criterion.questions.map((q) => (
            <QuestionView key={q.id} question={q} />
          ))}
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}

/** /assessments/methodologies/:id — a methodology version, read-only: groups, criteria, questions, rules and what is verified. */
export function MethodologyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { text, num } = useLocalText();
  const query = useMethodology(id);
  if (query.isLoading) return <LoadingState />;
  if (query.isError || !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { methodology: m, rules, unverified } = query.data;
  return (
    <Stack gap="md">
      <PageTitle>{text(m.name)}</PageTitle>
      <Text c="dimmed">
        {t('assessment.methodology.legal')}: {m.legalReference.document} — {text(m.legalReference.title)} ·{' '}
        {t('assessment.methodology.version', { version: m.version })}
      </Text>
      {unverified.length > 0 && (
        <Alert
          color="yellow"
          icon={<IconAlertTriangle />}
          styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
          title={t('assessment.methodology.provisional')}
        >
          <Text size="sm">{t('assessment.methodology.provisionalBanner')}</Text>
          <Text size="sm" mt="xs" fw={600}>
            {t('assessment.methodology.unverifiedParts', { count: unverified.length })}
          </Text>
          <Text size="xs">{unverified.map((u) => u.part).join(', ')}</Text>
        </Alert>
      )}
      {m.groups.map((g) => (
        <Card key={g.code} withBorder radius="md" padding="md">
          <Group justify="space-between" mb="xs" wrap="wrap">
            <Title order={2} size="h4">
              {text(g.name)} — {t('assessment.methodology.group', { code: g.code, points: num(g.maxPoints) })}
            </Title>
            <VerifiedBadge verified={g.verified} note={g.note} />
          </Group>
          <Accordion multiple variant="separated">
            {m.criteria
              .filter((c) => c.group === g.code)
              .map((c) => (
                <CriterionView key={c.code} criterion={c} rule={rules[c.code]} />
              ))}
          </Accordion>
        </Card>
      ))}
      <Card withBorder radius="md" padding="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {t('assessment.methodology.coefficient')}
          </Title>
          <VerifiedBadge verified={m.coefficient.verified} note={m.coefficient.note} />
        </Group>
        <Text size="sm">{text(describeCoefficient(m.coefficient.formula))}</Text>
      </Card>
      <Card withBorder radius="md" padding="md">
        <Group justify="space-between" wrap="wrap" mb="xs">
          <Title order={2} size="h4">
            {t('assessment.methodology.levels')}
          </Title>
          <VerifiedBadge verified={m.levels.verified} note={m.levels.note} />
        </Group>
        <Table.ScrollContainer minWidth={320} type="native" tabIndex={0}>
          <Table>
            <Table.Tbody>
              {m.levels.bands.map((b) => (
                <Table.Tr key={b.code}>
                  <Table.Td fw={600}>{text(b.name)}</Table.Td>
                  <Table.Td>{t('assessment.methodology.levelBand', { total: num(b.minTotal), coefficient: num(b.minCoefficient) })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {m.benchmarks.length > 0 && (
        <Card withBorder radius="md" padding="md">
          <Title order={2} size="h4" mb="xs">
            {t('assessment.methodology.benchmarks')}
          </Title>
          <List size="sm">
            {m.benchmarks.map((b) => (
              <List.Item key={b.id}>
                {text(b.name)} ({text(b.unit)}):{' '}
                {Object.entries(b.bySector)
                  .map(([sector, value]) => `VSIC ${sector}: ${num(value)}`)
                  .join('; ')}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
    </Stack>
  );
}
