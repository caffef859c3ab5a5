import { Alert, Anchor, Badge, Button, Card, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { useConsolidate, useCouncilDossier, useSaveSheet, useSubmitSheet, type DossierDetailData, type Scores } from '../../api/councils.js';
import { errorText } from '../../api/form-errors.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { ConsolidateBody, SheetBody } from '../../../shared/councils/councils.schemas.js';
import { maxLengthOf } from '../../../shared/max-length.js';
import { LimitedTextarea } from '../../components/limited-textarea.js';

type Form = DossierDetailData['form'];
type Consensus = NonNullable<DossierDetailData['result']>;

function useLabel() {
  const { i18n } = useTranslation();
  return (c: Form['criteria'][number]) => (i18n.language === 'en' && c.labelEn ? c.labelEn : c.label);
}
const num = (n: number, lang: string) => n.toLocaleString(lang, { maximumFractionDigits: 2 });

function ScoreSheet({ dossier }: { dossier: DossierDetailData }) {
  const { t } = useTranslation();
  const label = useLabel();
  const save = useSaveSheet(dossier.id);
  const submit = useSubmitSheet(dossier.id);
  const [scores, setScores] = useState<Scores>(dossier.mySheet?.scores ?? {});
  const [comments, setComments] = useState<Record<string, string>>(dossier.mySheet?.comments ?? {});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const locked = !!dossier.mySheet?.submittedAt || !!dossier.consolidatedAt;
  async function run(write: typeof save, done?: string) {
    setErrors({});
    try {
      await write.mutateAsync({ scores, comments });
      if (done) notifications.show({ color: 'green', message: done });
    } catch (error) {
      if (error instanceof ApiError && error.fields.length) setErrors(Object.fromEntries(error.fields.map((f) => [f.path, f.message])));
      else notifications.show({ color: 'red', message: errorText(t, error) });
    }
  }
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('councils.dossier.myScores')}
        </Title>
        {locked && <Alert color="blue">{t('councils.dossier.lockedNote')}</Alert>}
        {errors.scores && (
          <Alert color="red" role="alert">
            {errors.scores}
          </Alert>
        )}
        {dossier.form.criteria.map((c) => (
          <Stack key={c.key} gap={4}>
            <NumberInput
              label={`${label(c)} — ${t('councils.dossier.points', { max: c.maxPoints })}`}
              value={scores[c.key] ?? ''}
              onChange={(v) => setScores((s) => ({ ...s, [c.key]: v === '' ? null : Number(v) }))}
              min={0}
              max={c.maxPoints}
              clampBehavior="none"
              decimalScale={2}
              disabled={locked}
              error={errors[`scores.${c.key}`]}
              inputMode="decimal"
            />
            <LimitedTextarea
              max={maxLengthOf(SheetBody.shape.comments)}
              aria-label={`${t('councils.dossier.comment')} — ${label(c)}`}
              placeholder={t('councils.dossier.comment')}
              value={comments[c.key] ?? ''}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setComments((s) => ({ ...s, [c.key]: text }));
              }}
              autosize
              minRows={1}
              disabled={locked}
            />
          </Stack>
        ))}
        {!locked && (
          <Group>
            <Button variant="light" loading={save.isPending} onClick={() => void run(save, t('councils.dossier.saved'))}>
              {t('councils.dossier.saveDraft')}
            </Button>
            <Button loading={submit.isPending} onClick={() => void run(submit)}>
              {t('councils.dossier.submit')}
            </Button>
          </Group>
        )}
        {!dossier.sheets && (
          <Text size="sm" c="dimmed">
            {t('councils.dossier.hiddenNote')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The consensus per criterion: mean, range, comments, and the secretary's consensus comment. */
export function ConsensusTable({ form, result }: { form: Form; result: Consensus }) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  return (
    <Table.ScrollContainer minWidth={480} type="native" tabIndex={0}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>{t('councils.dossier.mean')}</Table.Th>
            <Table.Th>{t('councils.dossier.range')}</Table.Th>
            <Table.Th>{t('councils.dossier.consensusComment')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.criteria.map((c) => {
            const criterion = form.criteria.find((x) => x.key === c.key);
            return (
              <Table.Tr key={c.key}>
                <Table.Td>{criterion ? label(criterion) : c.key}</Table.Td>
                <Table.Td>{num(c.value, i18n.language)}</Table.Td>
                <Table.Td>
                  {num(c.min, i18n.language)}–{num(c.max, i18n.language)}
                </Table.Td>
                <Table.Td>
                  {c.consensusComment ?? ''}
                  {c.comments.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {c.comments.map((x) => x.text).join(' · ')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
          <Table.Tr>
            <Table.Th>{t('councils.dossier.total')}</Table.Th>
            <Table.Th>{num(result.total, i18n.language)}</Table.Th>
            <Table.Td colSpan={2}>
              <Badge color={result.passed ? 'green' : 'red'}>{result.passed ? t('councils.dossier.passed') : t('councils.dossier.failed')}</Badge>
              {result.conclusion && <Text size="sm">{result.conclusion}</Text>}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Consolidation({ dossier }: { dossier: DossierDetailData }) {
  const { t } = useTranslation();
  const label = useLabel();
  const consolidate = useConsolidate(dossier.id);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [conclusion, setConclusion] = useState('');
  const preview = dossier.preview;
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('councils.dossier.preview')}
        </Title>
        {preview ? <ConsensusTable form={dossier.form} result={preview} /> : null}
        {preview && preview.outliers.length > 0 && (
          <Alert color="yellow">
            {t('councils.dossier.outliers', {
              names: preview.outliers.map((o) => dossier.sheets?.find((s) => s.memberId === o.scorerId)?.memberName).join(', '),
            })}
          </Alert>
        )}
        {dossier.form.criteria.map((c) => (
          <LimitedTextarea
            max={maxLengthOf(ConsolidateBody.shape.comments)}
            key={c.key}
            label={`${t('councils.dossier.consensusComment')} — ${label(c)}`}
            value={comments[c.key] ?? ''}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setComments((s) => ({ ...s, [c.key]: text }));
            }}
            autosize
            minRows={1}
          />
        ))}
        <LimitedTextarea
          max={maxLengthOf(ConsolidateBody.shape.conclusion)}
          label={t('councils.dossier.conclusion')}
          value={conclusion}
          onChange={(e) => setConclusion(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group>
          <Button
            loading={consolidate.isPending}
            onClick={() =>
              void consolidate.mutateAsync({ comments, conclusion: conclusion.trim() || null }).catch((error: unknown) =>
                notifications.show({
                  color: 'red',
                  message: error instanceof ApiError && error.fields.length ? error.fields.map((f) => f.message).join(' ') : errorText(t, error),
                }),
              )
            }
          >
            {t('councils.dossier.consolidate')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** /councils/dossiers/:id — a member scores alone; the secretary follows the sheets and consolidates. */
export function DossierPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const dossier = useCouncilDossier(id);
  if (dossier.isLoading) return <LoadingState />;
  if (dossier.isError || !dossier.data) return <ErrorState error={dossier.error} onRetry={() => void dossier.refetch()} />;
  const d = dossier.data;
  return (
    <Stack gap="md" maw={960}>
      <PageTitle>{d.title}</PageTitle>
      <Anchor component={Link} to={`/councils/${d.councilId}`}>
        {d.councilName}
      </Anchor>
      <Card withBorder padding="md">
        <Stack gap={4}>
          {d.fields.map((f, i) => (
            <Text key={i} size="sm">
              <Text span fw={600}>
                {f.label}:
              </Text>{' '}
              {f.value}
            </Text>
          ))}
          {d.link && (
            <Anchor component={Link} to={d.link} size="sm">
              {t('councils.dossier.record')}
            </Anchor>
          )}
        </Stack>
      </Card>
      {d.result && (
        <Card withBorder padding="md">
          <Title order={2} size="h4" mb="sm">
            {t('councils.dossier.result')}
          </Title>
          <ConsensusTable form={d.form} result={d.result} />
        </Card>
      )}
      {(d.mySheet || (!d.canConsolidate && !d.sheets)) && <ScoreSheet dossier={d} />}
      {d.sheets && (
        <Card withBorder padding="md">
          <Title order={2} size="h4" mb="sm">
            {t('councils.dossier.sheets')}
          </Title>
          <Table.ScrollContainer minWidth={420} type="native" tabIndex={0}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('councils.dossier.member')}</Table.Th>
                  {d.form.criteria.map((c) => (
                    <Table.Th key={c.key}>{i18n.language === 'en' && c.labelEn ? c.labelEn : c.label}</Table.Th>
                  ))}
                  <Table.Th>{t('councils.dossier.total')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.sheets.map((s) => (
                  <Table.Tr key={s.memberId}>
                    <Table.Td>
                      {s.memberName} {!s.submittedAt && <Badge variant="outline">{t('councils.dossier.draft')}</Badge>}
                    </Table.Td>
                    {d.form.criteria.map((c) => (
                      <Table.Td key={c.key}>{s.scores[c.key] ?? '—'}</Table.Td>
                    ))}
                    <Table.Td>{num(s.total, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {d.canConsolidate && <Consolidation dossier={d} />}
    </Stack>
  );
}
