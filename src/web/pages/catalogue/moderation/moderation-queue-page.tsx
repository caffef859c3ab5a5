import { Anchor, Badge, Card, Container, Group, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { segmentOf, useModerationQueue, type WorkItem } from '../../../api/catalogue.js';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingState } from '../../../components/loading-state.js';
import { PageTitle } from '../../../components/page-title.js';
import { useProvinceLabels } from '../../../components/catalogue/use-code-labels.js';
import { WorkflowActions } from '../../../components/catalogue/workflow-actions.js';

function Stat({ label, value, colour }: { label: string; value: string | number; colour?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c={colour}>
        {value}
      </Text>
    </Paper>
  );
}

/** Everything in the queue is waiting for a moderator; the server still checks each action. */
const queueActions = { canPublish: true, canReturn: true };

/** The connection point's queue: submitted records of its provinces, oldest first, with publish and return. */
export function ModerationQueuePage() {
  const { t } = useTranslation();
  const province = useProvinceLabels();
  const queue = useModerationQueue();
  const items = [...(queue.data?.items ?? [])].sort((a, b) => b.ageDays - a.ageDays);
  const oldest = items.length > 0 ? items[0].ageDays : 0;
  const countOf = (type: WorkItem['type']) => queue.data?.counts[type] ?? 0;

  return (
    <Container size="xl" px={0}>
      <PageTitle>{t('catalogue.moderation.title')}</PageTitle>
      <Text c="dimmed" mt={-12} mb="md">
        {t('catalogue.moderation.lead')}
      </Text>
      {queue.isPending ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 5 }} mb="md">
            <Stat label={t('catalogue.moderation.waiting')} value={queue.data.total} />
            <Stat label={t('catalogue.moderation.types.demand')} value={countOf('demand')} />
            <Stat label={t('catalogue.moderation.types.offer')} value={countOf('offer')} />
            <Stat label={t('catalogue.moderation.types.expert')} value={countOf('expert')} />
            <Stat label={t('catalogue.moderation.oldest')} value={t('catalogue.moderation.days', { count: oldest })} colour={oldest > 7 ? 'red' : undefined} />
          </SimpleGrid>
          <Card withBorder padding="sm">
            {items.length === 0 ? (
              <EmptyState title={t('catalogue.moderation.empty')} />
            ) : (
              <Table.ScrollContainer minWidth={820}>
                <Table verticalSpacing="sm" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('catalogue.moderation.columns.type')}</Table.Th>
                      <Table.Th>{t('catalogue.moderation.columns.title')}</Table.Th>
                      <Table.Th>{t('catalogue.moderation.columns.organisation')}</Table.Th>
                      <Table.Th>{t('catalogue.moderation.columns.province')}</Table.Th>
                      <Table.Th>{t('catalogue.moderation.columns.age')}</Table.Th>
                      <Table.Th>{t('catalogue.moderation.columns.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((item) => (
                      <Table.Tr key={`${item.type}-${item.id}`} data-testid="moderation-row">
                        <Table.Td>
                          <Badge variant="light">{t(`catalogue.moderation.types.${item.type}`)}</Badge>
                        </Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/${segmentOf(item.type)}/${item.id}`} fw={500}>
                            {item.title}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{item.ownerName ?? '—'}</Table.Td>
                        <Table.Td>{province(item.provinceCode) || '—'}</Table.Td>
                        <Table.Td>
                          <Text size="sm" c={item.ageDays > 7 ? 'red' : undefined}>
                            {t('catalogue.moderation.days', { count: item.ageDays })}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <WorkflowActions segment={segmentOf(item.type)} id={item.id} abilities={queueActions} compact />
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
        </>
      )}
    </Container>
  );
}
