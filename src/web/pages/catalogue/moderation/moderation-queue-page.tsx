import { Alert, Badge, Button, Card, Checkbox, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentOf, useModerationQueue, usePublishMany, type WorkItem } from '../../../api/catalogue.js';
import { errorText } from '../../../api/form-errors.js';
import { EmptyState } from '../../../components/empty-state.js';
import { useProvinceLabels } from '../../../components/catalogue/use-code-labels.js';
import { WorkflowActions } from '../../../components/catalogue/workflow-actions.js';
import { QualityNote } from '../../listing-quality/quality-note.js';
import { WorkItemLink, WorkListMore, WorkListPage, WorkTable } from '../work-list.js';
import { usePhone } from '../../../lib/use-phone.js';

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

const columns = ['type', 'title', 'organisation', 'province', 'age', 'actions'];
const keyOf = (item: Pick<WorkItem, 'type' | 'id'>) => `${item.type}-${item.id}`;

/** Everything in the queue is waiting for a moderator; the server still checks each action. */
const queueActions = { canPublish: true, canReturn: true };

/** One record of the queue as a card, for a phone: its facts above, its actions below, nothing off screen. */
function QueueCard({ item, province, selected, onSelect }: { item: WorkItem; province: string; selected: boolean; onSelect: (on: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="li" data-testid="moderation-row">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Checkbox
              checked={selected}
              onChange={(event) => onSelect(event.currentTarget.checked)}
              aria-label={t('catalogue.moderation.bulk.select', { title: item.title })}
            />
            <Badge variant="light">{t(`catalogue.moderation.types.${item.type}`)}</Badge>
          </Group>
          <Text size="sm" c={item.ageDays > 7 ? 'red' : 'dimmed'}>
            {t('catalogue.moderation.days', { count: item.ageDays })}
          </Text>
        </Group>
        <WorkItemLink item={item} />
        <QualityNote quality={item.quality} />
        <Text size="sm" c="dimmed">
          {[item.ownerName, province].filter(Boolean).join(' · ') || '—'}
        </Text>
        <Group gap="xs" wrap="wrap">
          <WorkflowActions segment={segmentOf(item.type)} id={item.id} abilities={queueActions} compact />
        </Group>
      </Stack>
    </Paper>
  );
}

/** The connection point's queue: submitted records of its provinces, oldest first, with publish and return. */
export function ModerationQueuePage() {
  const { t } = useTranslation();
  const province = useProvinceLabels();
  const queue = useModerationQueue();
  // The server sends the oldest first, a page at a time.
  const items = queue.data?.items ?? [];
  const oldest = items.length > 0 ? items[0].ageDays : 0;
  const countOf = (type: WorkItem['type']) => queue.data?.counts[type] ?? 0;
  const phone = usePhone();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const publishMany = usePublishMany();
  const chosen = items.filter((item) => selected.has(keyOf(item)));
  const allChosen = items.length > 0 && chosen.length === items.length;
  const select = (item: WorkItem, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(keyOf(item));
      else next.delete(keyOf(item));
      return next;
    });
  const selectAll = (on: boolean) => setSelected(on ? new Set(items.map(keyOf)) : new Set());
  const publishChosen = () => publishMany.mutate({ items: chosen.map(({ type, id }) => ({ type, id })) }, { onSuccess: () => setSelected(new Set()) });
  const result = publishMany.data;

  return (
    <WorkListPage title={t('catalogue.moderation.title')} lead={t('catalogue.moderation.lead')} query={queue}>
      {(data) => (
        <>
          <SimpleGrid cols={{ base: 2, sm: 5 }} mb="md">
            <Stat label={t('catalogue.moderation.waiting')} value={data.total} />
            <Stat label={t('catalogue.moderation.types.demand')} value={countOf('demand')} />
            <Stat label={t('catalogue.moderation.types.offer')} value={countOf('offer')} />
            <Stat label={t('catalogue.moderation.types.expert')} value={countOf('expert')} />
            <Stat label={t('catalogue.moderation.oldest')} value={t('catalogue.moderation.days', { count: oldest })} colour={oldest > 7 ? 'red' : undefined} />
          </SimpleGrid>
          {items.length > 0 && (
            <Group justify="space-between" mb="sm" gap="sm" wrap="wrap">
              <Checkbox
                label={t('catalogue.moderation.bulk.all', { count: items.length })}
                checked={allChosen}
                indeterminate={chosen.length > 0 && !allChosen}
                onChange={(event) => selectAll(event.currentTarget.checked)}
              />
              <Button onClick={publishChosen} disabled={chosen.length === 0} loading={publishMany.isPending}>
                {t('catalogue.moderation.bulk.publish', { count: chosen.length })}
              </Button>
            </Group>
          )}
          {publishMany.isError && (
            <Alert color="red" role="alert" mb="sm">
              {errorText(t, publishMany.error)}
            </Alert>
          )}
          {result && (
            <Alert
              color={result.failed.length || result.returned.length ? 'yellow' : 'green'}
              role="status"
              mb="sm"
              withCloseButton
              closeButtonLabel={t('common.close')}
              onClose={() => publishMany.reset()}
            >
              {t('catalogue.moderation.bulk.done', { count: result.published.length })}
              {result.returned.length > 0 && ` ${t('listingQuality.bulkReturned', { count: result.returned.length })}`}
              {result.failed.length > 0 && ` ${t('catalogue.moderation.bulk.failed', { count: result.failed.length })}`}
            </Alert>
          )}
          <Card withBorder padding="sm">
            {items.length === 0 ? (
              <EmptyState title={t('catalogue.moderation.empty')} />
            ) : phone ? (
              <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('catalogue.moderation.title')}>
                {items.map((item) => (
                  <QueueCard
                    key={keyOf(item)}
                    item={item}
                    province={province(item.provinceCode)}
                    selected={selected.has(keyOf(item))}
                    onSelect={(on) => select(item, on)}
                  />
                ))}
              </Stack>
            ) : (
              <WorkTable minWidth={860} headings={['choose', ...columns].map((column) => t(`catalogue.moderation.columns.${column}`))}>
                {items.map((item) => (
                  <Table.Tr key={keyOf(item)} data-testid="moderation-row">
                    <Table.Td>
                      <Checkbox
                        checked={selected.has(keyOf(item))}
                        onChange={(event) => select(item, event.currentTarget.checked)}
                        aria-label={t('catalogue.moderation.bulk.select', { title: item.title })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`catalogue.moderation.types.${item.type}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <WorkItemLink item={item} />
                      <QualityNote quality={item.quality} />
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
              </WorkTable>
            )}
            {items.length > 0 && <WorkListMore list={queue} shown={items.length} total={data.total} />}
          </Card>
        </>
      )}
    </WorkListPage>
  );
}
