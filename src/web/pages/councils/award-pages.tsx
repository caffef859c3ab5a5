import { ActionIcon, Alert, Anchor, Badge, Button, Card, Group, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import {
  useAwardRound,
  useAwardRoundPages,
  useBreakTie,
  useCreateRound,
  useEligible,
  useHonourees,
  useNominate,
  useNomination,
  usePublishRanking,
  useRanking,
  useVerification,
  type NominationDetailData,
  type RankingData,
} from '../../api/councils.js';
import { errorText } from '../../api/form-errors.js';
import { useMe } from '../../api/auth.js';
import { useProvinceLabels } from '../../components/catalogue/use-code-labels.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../../lib/format-date.js';
import { ConsensusTable } from './dossier-page.js';
import { TieBody } from '../../../shared/councils/councils.schemas.js';
import { maxLengthOf } from '../../../shared/max-length.js';
import { LimitedTextarea } from '../../components/limited-textarea.js';

const showError = (t: (k: string) => string, error: unknown) =>
  notifications.show({
    color: 'red',
    message: error instanceof ApiError && error.fields.length ? error.fields.map((f) => f.message).join(' ') : errorText(t as never, error),
  });

function EvidenceList({ evidence }: { evidence: NominationDetailData['evidence'] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack component="ul" gap={2} style={{ margin: 0, paddingLeft: 18 }}>
      {evidence.map((e) => (
        <li key={`${e.sourceKind}:${e.recordId}`}>
          <Text size="sm">
            {t(`councils.award.source.${e.sourceKind}`)}: {e.title} ({formatDate(e.date, i18n.language)}) — {t(`councils.award.activity.${e.activity}`)}
          </Text>
        </li>
      ))}
    </Stack>
  );
}

function NewRound() {
  const { t } = useTranslation();
  const create = useCreateRound();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [fromYear, setFromYear] = useState<number | string>(2016);
  const [toYear, setToYear] = useState<number | string>(2018);
  const [max, setMax] = useState<number | string>(100);
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('councils.award.createRound')}
        </Title>
        <TextInput label={t('councils.award.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
        <TextInput label={t('councils.award.nameEn')} value={nameEn} onChange={(e) => setNameEn(e.currentTarget.value)} />
        <Group grow>
          <NumberInput label={t('councils.award.fromYear')} value={fromYear} onChange={setFromYear} error={errors.fromYear} />
          <NumberInput label={t('councils.award.toYear')} value={toYear} onChange={setToYear} error={errors.toYear} />
          <NumberInput label={t('councils.award.maxHonourees')} value={max} onChange={setMax} min={1} error={errors.maxHonourees} />
        </Group>
        <Group>
          <Button
            loading={create.isPending}
            onClick={() =>
              void create
                .mutateAsync({ name, nameEn: nameEn || null, fromYear: Number(fromYear), toYear: Number(toYear), maxHonourees: Number(max) })
                .then((r) => navigate(`/award/rounds/${r.id}`))
                .catch((error: unknown) => {
                  if (error instanceof ApiError && error.fields.length) setErrors(Object.fromEntries(error.fields.map((f) => [f.path, f.message])));
                  else showError(t, error);
                })
            }
          >
            {t('councils.award.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** /award — the award's rounds, public; the agency opens new ones. */
export function AwardPage() {
  const { t, i18n } = useTranslation();
  const rounds = useAwardRoundPages();
  return (
    <Stack gap="md">
      <PageTitle>{t('councils.award.title')}</PageTitle>
      <Text c="dimmed">{t('councils.award.lead')}</Text>
      {rounds.isLoading ? (
        <LoadingState />
      ) : rounds.isError ? (
        <ErrorState error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : !rounds.items.length ? (
        <EmptyState title={t('councils.award.empty')} />
      ) : (
        <>
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {rounds.items.map((r) => (
              <Card component="li" key={r.id} withBorder padding="md">
                <Anchor component={Link} to={`/award/rounds/${r.id}`} fw={600}>
                  {i18n.language === 'en' && r.nameEn ? r.nameEn : r.name}
                </Anchor>
                <Text size="sm">{t('councils.award.period', { from: r.fromYear, to: r.toYear })}</Text>
                <Text size="sm" c="dimmed">
                  {t('councils.award.counts', { nominations: r.nominations, honourees: r.honourees })}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          <LoadMore
            shown={rounds.items.length}
            total={rounds.total}
            hasMore={rounds.hasNextPage}
            loading={rounds.isFetchingNextPage}
            onMore={() => void rounds.fetchNextPage()}
          />
        </>
      )}
      {rounds.first?.canCreate && <NewRound />}
    </Stack>
  );
}

function Eligible({ roundId, canNominate }: { roundId: string; canNominate: boolean }) {
  const { t } = useTranslation();
  const province = useProvinceLabels();
  const eligible = useEligible(roundId, true);
  const nominate = useNominate(roundId);
  if (eligible.isLoading) return <LoadingState />;
  if (eligible.isError) return <ErrorState error={eligible.error} onRetry={() => void eligible.refetch()} />;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('councils.award.eligible')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('councils.award.eligibleLead')}
      </Text>
      {!eligible.items.length ? (
        <EmptyState title={t('councils.award.noEligible')} />
      ) : (
        <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {eligible.items.map((e) => (
            <Card component="li" key={e.enterpriseId} withBorder padding="sm" data-testid="eligible-enterprise">
              <Group justify="space-between" wrap="wrap">
                <Text fw={600}>
                  {e.enterpriseName}{' '}
                  <Text span c="dimmed" size="sm">
                    {province(e.provinceCode)}
                  </Text>
                </Text>
                {e.nominationId ? (
                  <Badge color="green">{t('councils.award.nominated')}</Badge>
                ) : canNominate ? (
                  <Button
                    size="xs"
                    loading={nominate.isPending}
                    onClick={() => void nominate.mutateAsync(e.enterpriseId).catch((error: unknown) => showError(t, error))}
                  >
                    {t('councils.award.nominate')}
                  </Button>
                ) : null}
              </Group>
              <EvidenceList evidence={e.evidence} />
            </Card>
          ))}
        </Stack>
      )}
      {eligible.items.length > 0 && (
        <LoadMore
          shown={eligible.items.length}
          total={eligible.total}
          hasMore={eligible.hasNextPage}
          loading={eligible.isFetchingNextPage}
          onMore={() => void eligible.fetchNextPage()}
        />
      )}
    </Stack>
  );
}

/** The chair (or the secretary recording the chair's word) puts a group of equal scores in order, best first, with a note. */
function TieDecisionForm({ roundId, tie, names }: { roundId: string; tie: RankingData['ties'][number]; names: Map<string, string> }) {
  const { t } = useTranslation();
  const [order, setOrder] = useState(tie.nominationIds);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const decide = useBreakTie(roundId);
  const move = (from: number, to: number) =>
    setOrder((current) => {
      const next = [...current];
      [next[from], next[to]] = [next[to], next[from]];
      return next;
    });
  const submit = () => {
    setProblem(null);
    decide
      .mutateAsync({ nominationIds: order, note: note.trim() || null })
      .then(() => notifications.show({ color: 'green', message: t('councils.award.tieRecorded') }))
      .catch((error: unknown) => {
        const fields = error instanceof ApiError ? error.fields : [];
        if (fields.length) setProblem(fields.map((f) => f.message).join(' '));
        else showError(t, error);
      });
  };
  const label = t('councils.award.tieOrder', { score: tie.score });
  return (
    <Card withBorder padding="sm" component="section" aria-label={label}>
      <Stack gap="xs">
        <Text fw={600}>{label}</Text>
        <Text size="sm">{t('councils.award.tieBoundaries', { list: tie.boundaries.map((b) => t(`councils.award.boundary.${b}`)).join(', ') })}</Text>
        <Stack component="ol" gap={4} style={{ margin: 0, paddingLeft: 18 }}>
          {order.map((id, i) => (
            <li key={id}>
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm">{names.get(id) ?? id}</Text>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="default"
                    size="lg"
                    disabled={i === 0}
                    aria-label={t('councils.award.moveUp', { name: names.get(id) ?? id })}
                    onClick={() => move(i, i - 1)}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    disabled={i === order.length - 1}
                    aria-label={t('councils.award.moveDown', { name: names.get(id) ?? id })}
                    onClick={() => move(i, i + 1)}
                  >
                    ↓
                  </ActionIcon>
                </Group>
              </Group>
            </li>
          ))}
        </Stack>
        <LimitedTextarea
          max={maxLengthOf(TieBody.shape.note)}
          label={t('councils.award.tieNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          error={problem}
        />
        <Group>
          <Button loading={decide.isPending} onClick={submit}>
            {t('councils.award.decideTie')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function Ranking({ roundId, canPublish }: { roundId: string; canPublish: boolean }) {
  const { t, i18n } = useTranslation();
  const ranking = useRanking(roundId, true);
  const publish = usePublishRanking(roundId);
  if (ranking.isLoading) return <LoadingState />;
  if (ranking.isError || !ranking.data) return null;
  const r = ranking.data;
  const names = new Map(r.ranked.map((x) => [x.nominationId, x.enterpriseName]));
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('councils.award.ranking')}
        </Title>
        {r.ties.map((tie) =>
          !tie.decision && r.canBreakTies ? (
            <TieDecisionForm key={tie.nominationIds.join()} roundId={roundId} tie={tie} names={names} />
          ) : (
            <Alert key={tie.nominationIds.join()} color={tie.decision ? 'blue' : 'yellow'}>
              {tie.decision
                ? t('councils.award.tieDecided', { score: tie.score, date: formatDate(tie.decision.decidedAt, i18n.language) })
                : t('councils.award.tieUndecided', { score: tie.score })}
              {tie.decision?.note ? ` — ${tie.decision.note}` : ''}
            </Alert>
          ),
        )}
        {r.notRankable.length > 0 && <Text size="sm">{t('councils.award.notRankable', { count: r.notRankable.length })}</Text>}
        <Table.ScrollContainer minWidth={360} type="native" tabIndex={0}>
          <Table>
            <Table.Tbody>
              {r.ranked.map((x) => (
                <Table.Tr key={x.nominationId}>
                  <Table.Td>{x.position}</Table.Td>
                  <Table.Td>{x.enterpriseName}</Table.Td>
                  <Table.Td>{x.score.toLocaleString(i18n.language)}</Table.Td>
                  <Table.Td>{x.tier ? t('councils.award.tier', { tier: x.tier }) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {canPublish && (
          <Group>
            <Button
              disabled={!r.complete || r.ranked.length === 0}
              loading={publish.isPending}
              onClick={() => void publish.mutateAsync(undefined).catch((error: unknown) => showError(t, error))}
            >
              {t('councils.award.publish')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function HonoureeList({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const province = useProvinceLabels();
  const honourees = useHonourees(roundId);
  if (honourees.isLoading) return <LoadingState />;
  if (honourees.isError) return <ErrorState error={honourees.error} onRetry={() => void honourees.refetch()} />;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('councils.award.honourees')}
      </Title>
      {!honourees.data?.items.length ? (
        <EmptyState title={t('councils.award.noHonourees')} />
      ) : (
        <Table.ScrollContainer minWidth={360} type="native" tabIndex={0}>
          <Table>
            <Table.Tbody>
              {honourees.data.items.map((h) => (
                <Table.Tr key={h.certificateCode}>
                  <Table.Td>{h.position}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/award/verify/${h.certificateCode}`}>
                      {h.enterpriseName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{province(h.provinceCode)}</Table.Td>
                  <Table.Td>{t('councils.award.tier', { tier: h.tier })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** /award/rounds/:id — the public honourees; for staff the eligible enterprises, nominations and ranking. */
export function AwardRoundPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const me = useMe();
  const round = useAwardRound(id);
  if (round.isLoading) return <LoadingState />;
  if (round.isError || !round.data) return <ErrorState error={round.error} onRetry={() => void round.refetch()} />;
  const r = round.data;
  const staff = r.canManage || r.canNominate;
  const num = (n: number | null) => (n === null ? '—' : n.toLocaleString(i18n.language, { maximumFractionDigits: 2 }));
  return (
    <Stack gap="md">
      <PageTitle>{i18n.language === 'en' && r.nameEn ? r.nameEn : r.name}</PageTitle>
      <Text>
        {t('councils.award.period', { from: r.fromYear, to: r.toYear })} · {t('councils.award.counts', { nominations: r.nominations, honourees: r.honourees })}
      </Text>
      <HonoureeList roundId={r.id} />
      {me.data?.user && staff && <Eligible roundId={r.id} canNominate={r.canNominate} />}
      {r.nominations.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('councils.award.nominations')}
          </Title>
          <Table.ScrollContainer minWidth={420} type="native" tabIndex={0}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  <Table.Th>{t('councils.award.provincialScore')}</Table.Th>
                  <Table.Th>{t('councils.award.ministryScore')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.nominations.map((n) => (
                  <Table.Tr key={n.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/award/nominations/${n.id}`}>
                        {n.enterpriseName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{num(n.provincialScore)}</Table.Td>
                    <Table.Td>{num(n.ministryScore)}</Table.Td>
                    <Table.Td>{n.tier ? t('councils.award.tier', { tier: n.tier }) : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      {r.canReadRanking && <Ranking roundId={r.id} canPublish={r.canManage && !r.rankedAt} />}
    </Stack>
  );
}

/** /award/nominations/:id — the nominee reads every council's scores and comments. */
export function NominationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const nomination = useNomination(id);
  if (nomination.isLoading) return <LoadingState />;
  if (nomination.isError || !nomination.data) return <ErrorState error={nomination.error} onRetry={() => void nomination.refetch()} />;
  const n = nomination.data;
  return (
    <Stack gap="md" maw={960}>
      <PageTitle>{n.enterpriseName}</PageTitle>
      <Anchor component={Link} to={`/award/rounds/${n.roundId}`}>
        {n.roundName}
      </Anchor>
      {n.certificateCode && (
        <Group>
          <Badge size="lg">{t('councils.award.tier', { tier: n.tier })}</Badge>
          <Anchor href={`/api/award/certificates/${n.certificateCode}`}>{t('councils.award.certificate')}</Anchor>
        </Group>
      )}
      <Title order={2} size="h4">
        {t('councils.award.evidence')}
      </Title>
      <EvidenceList evidence={n.evidence} />
      <Title order={2} size="h4">
        {t('councils.award.scores')}
      </Title>
      {n.reviews.length === 0 ? (
        <EmptyState title={t('councils.award.noReviews')} />
      ) : (
        n.reviews.map((r, i) => (
          <Card key={i} withBorder padding="md">
            <Text fw={600} mb="xs">
              {r.councilName} — {t(`councils.kind.${r.councilKind}`)}
            </Text>
            <ConsensusTable form={r.form} result={r.result} />
          </Card>
        ))
      )}
    </Stack>
  );
}

/** /award/verify/:code — the page a certificate's QR code opens. */
export function VerifyPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const verification = useVerification(code);
  return (
    <Stack gap="md" maw={720}>
      <PageTitle>{t('councils.award.verifyTitle')}</PageTitle>
      {verification.isLoading ? (
        <LoadingState />
      ) : verification.isError || !verification.data ? (
        <Alert color="red" role="alert">
          {t('councils.award.invalid')}
        </Alert>
      ) : (
        <Alert color="green" title={t('councils.award.valid')}>
          <Stack gap="xs">
            <Text>
              {t('councils.award.verifyText', {
                name: verification.data.enterpriseName,
                round: i18n.language === 'en' && verification.data.roundNameEn ? verification.data.roundNameEn : verification.data.roundName,
                from: verification.data.fromYear,
                to: verification.data.toYear,
                tier: verification.data.tier,
                score: verification.data.score.toLocaleString(i18n.language, { maximumFractionDigits: 2 }),
              })}
            </Text>
            <Anchor href={`/api/award/certificates/${encodeURIComponent(code)}`}>{t('councils.award.certificate')}</Anchor>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
