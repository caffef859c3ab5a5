import { Anchor, Badge, Button, Card, FileButton, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../api/auth.js';
import { useCreateRoadmap, useImportRoadmap, useRoadmaps, useTechnologyMaps } from '../../api/roadmaps.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../../lib/format-date.js';
import { EditError } from './edit-error.js';
import { useText } from './roadmap-labels.js';

/** A new roadmap for one of the person's organisations: their enterprise's own, or a sector one for a public body. */
function CreateRoadmapForm() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const create = useCreateRoadmap();
  const importing = useImportRoadmap();
  const names = new Map((me.data?.memberships ?? []).map((m) => [m.organisationId, m.organisationName]));
  const orgs = (me.data?.abilities.startRoadmaps ?? []).map((s) => ({ ...s, organisationName: names.get(s.organisationId) ?? '' }));
  const [ownerId, setOwnerId] = useState<string | null>(orgs[0]?.organisationId ?? null);
  const [vi, setVi] = useState('');
  const [en, setEn] = useState('');
  const [startYear, setStartYear] = useState<number>(new Date().getFullYear());
  const [horizonYears, setHorizon] = useState<number>(5);
  const [vsicCode, setVsic] = useState('');
  if (orgs.length === 0) return null;
  const owner = orgs.find((o) => o.organisationId === ownerId) ?? orgs[0];
  const enterprise = owner.scope === 'enterprise';
  const submit = () =>
    create.mutate(
      {
        title: { vi, en },
        scope: enterprise ? { kind: 'enterprise', organisationId: owner.organisationId } : { kind: 'sector', vsicCode },
        ownerOrganisationId: owner.organisationId,
        startYear,
        horizonYears,
      },
      { onSuccess: (saved) => void navigate(`/roadmaps/${saved.id}`) },
    );
  const importFile = async (file: File | null) => {
    if (!file) return;
    const text = await file.text();
    // A file that is not JSON still goes to the server, which names the problem (format) in the reader's language.
    const parse = (): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        return { format: null };
      }
    };
    importing.mutate(parse(), { onSuccess: (saved) => void navigate(`/roadmaps/${saved.id}`) });
  };
  return (
    <Card withBorder radius="md" padding="md" component="form" onSubmit={(e) => (e.preventDefault(), submit())}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('roadmaps.create.title')}
        </Title>
        <Select
          label={t('roadmaps.create.owner')}
          data={orgs.map((o) => ({ value: o.organisationId, label: o.organisationName }))}
          value={owner.organisationId}
          onChange={setOwnerId}
          allowDeselect={false}
        />
        <Text size="sm" c="dimmed">
          {t(enterprise ? 'roadmaps.create.enterpriseScope' : 'roadmaps.create.sectorScope')}
        </Text>
        <TextInput label={t('roadmaps.add.titleVi')} value={vi} onChange={(e) => setVi(e.currentTarget.value)} required />
        <TextInput label={t('roadmaps.add.titleEn')} value={en} onChange={(e) => setEn(e.currentTarget.value)} />
        {!enterprise && <TextInput label={t('roadmaps.create.vsic')} value={vsicCode} onChange={(e) => setVsic(e.currentTarget.value)} />}
        <Group grow>
          <NumberInput label={t('roadmaps.create.startYear')} value={startYear} onChange={(v) => setStartYear(Number(v))} />
          <NumberInput label={t('roadmaps.create.horizon')} min={1} max={50} value={horizonYears} onChange={(v) => setHorizon(Number(v))} />
        </Group>
        <EditError error={create.error ?? importing.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('roadmaps.create.submit')}
          </Button>
          <FileButton onChange={(file) => void importFile(file)} accept="application/json">
            {(props) => (
              <Button variant="default" {...props} loading={importing.isPending}>
                {t('roadmaps.create.import')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Stack>
    </Card>
  );
}

function MapsList() {
  const { t } = useTranslation();
  const text = useText();
  const maps = useTechnologyMaps();
  if (!maps.items.length) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('roadmaps.maps.title')}
      </Title>
      {maps.items.map((m) => (
        <Anchor key={m.id} component={Link} to={`/technology-maps/${m.id}`}>
          {text(m.title)}
        </Anchor>
      ))}
      {maps.hasNextPage && (
        <LoadMore shown={maps.items.length} total={maps.total} hasMore loading={maps.isFetchingNextPage} onMore={() => void maps.fetchNextPage()} />
      )}
    </Stack>
  );
}

/** /roadmaps — the roadmaps the person may see (those past review flagged for their owner and connection point), the technology maps. */
export function RoadmapsPage() {
  const { t, i18n } = useTranslation();
  const text = useText();
  const me = useMe();
  const [params] = useSearchParams();
  const reviewDue = params.get('reviewDue') === 'true';
  const list = useRoadmaps({ reviewDue });
  return (
    <Stack gap="lg">
      <PageTitle>{t('roadmaps.list.title')}</PageTitle>
      <Text c="dimmed">{t('roadmaps.list.lead')}</Text>
      <MapsList />
      <Title order={2} size="h3">
        {t('roadmaps.list.roadmaps')}
      </Title>
      {reviewDue && (
        <Group gap="sm">
          <Badge color="red">{t('roadmaps.list.reviewDueOnly')}</Badge>
          <Anchor component={Link} to="/roadmaps" size="sm">
            {t('roadmaps.list.showAll')}
          </Anchor>
        </Group>
      )}
      {list.isLoading ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.items.length ? (
        <EmptyState title={t('roadmaps.list.empty')} />
      ) : (
        <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.items.map((r) => (
            <Card component="li" key={r.id} withBorder radius="md" padding="md">
              <Stack gap={6}>
                <Group gap={6}>
                  <Badge variant="light">{t(`roadmaps.scope.${r.scopeKind}`)}</Badge>
                  {!r.published && <Badge color="gray">{t('roadmaps.private')}</Badge>}
                  {r.flagged && <Badge color="red">{t('roadmaps.list.reviewOverdue')}</Badge>}
                </Group>
                <Anchor component={Link} to={`/roadmaps/${r.id}`} fw={600}>
                  {text(r.title)}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {r.ownerName} · {t('roadmaps.list.items', { count: r.itemCount })}
                  {r.reviewDate ? ` · ${t('roadmaps.list.reviewOn', { date: formatDate(r.reviewDate, i18n.language) })}` : ''}
                </Text>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {list.items.length > 0 && (
        <LoadMore
          shown={list.items.length}
          total={list.total}
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onMore={() => void list.fetchNextPage()}
        />
      )}
      {me.data?.user && <CreateRoadmapForm />}
    </Stack>
  );
}
