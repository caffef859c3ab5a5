import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCouncils } from '../../api/councils.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../../lib/format-date.js';

/** /councils — the councils the person sits on or convenes. */
export function CouncilsPage() {
  const { t, i18n } = useTranslation();
  const councils = useCouncils();
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          councils.first?.canCreate ? (
            <Group gap="sm">
              <Button component={Link} to="/councils/composition" variant="default">
                {t('councils.composition.open')}
              </Button>
              <Button component={Link} to="/councils/new">
                {t('councils.list.create')}
              </Button>
            </Group>
          ) : undefined
        }
      >
        {t('councils.list.title')}
      </PageTitle>
      <Text c="dimmed">{t('councils.list.lead')}</Text>
      {councils.isLoading ? (
        <LoadingState />
      ) : councils.isError ? (
        <ErrorState error={councils.error} onRetry={() => void councils.refetch()} />
      ) : !councils.items.length ? (
        <EmptyState title={t('councils.list.empty')} />
      ) : (
        <>
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {councils.items.map((c) => (
              <Card component="li" key={c.id} withBorder radius="md" padding="md">
                <Stack gap={6}>
                  <Group gap={6}>
                    <Badge variant="light">{t(`councils.kind.${c.kind}`)}</Badge>
                    {c.myRole && <Badge variant="outline">{t('councils.list.myRole', { role: t(`councils.role.${c.myRole}`) })}</Badge>}
                  </Group>
                  <Anchor component={Link} to={`/councils/${c.id}`} fw={600}>
                    {c.name}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {[c.convenerName, c.meetingDate ? formatDate(c.meetingDate, i18n.language) : null, t('councils.list.dossiers', { count: c.dossiers })]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
          <LoadMore
            shown={councils.items.length}
            total={councils.total}
            hasMore={councils.hasNextPage}
            loading={councils.isFetchingNextPage}
            onMore={() => void councils.fetchNextPage()}
          />
        </>
      )}
    </Stack>
  );
}
