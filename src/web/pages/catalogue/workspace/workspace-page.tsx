import { Card, Container, Group, Select, Stack, Table, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../api/auth.js';
import { useWorkspaceRecords, type WorkItem } from '../../../api/catalogue.js';
import { DateTime } from '../../../components/date-time.js';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingState } from '../../../components/loading-state.js';
import { PageTitle } from '../../../components/page-title.js';
import { StatusBadge } from '../../../components/catalogue/status-badge.js';
import { ReturnReason } from '../../listing-quality/return-reason.js';
import { CreateRecordButton } from '../create-record-button.js';
import { JoinOrganisationAlert, WorkItemLink, WorkListMore, WorkTable } from '../work-list.js';

const types = ['demand', 'offer', 'expert'] as const;

function RecordRows({ items }: { items: WorkItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <EmptyState title={t('catalogue.workspace.empty')} />;
  const headings = ['title', 'status', 'updated'].map((column) => t(`catalogue.workspace.columns.${column}`));
  return (
    <WorkTable minWidth={480} headings={headings}>
      {items.map((item) => (
        <Table.Tr key={item.id}>
          <Table.Td>
            <WorkItemLink item={item} />
            {item.status === 'returned' && item.returnReason && (
              <Text size="xs" c="orange" lineClamp={2}>
                {t('catalogue.fields.returnReason')}: <ReturnReason reason={item.returnReason} compact />
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <StatusBadge status={item.status} />
          </Table.Td>
          <Table.Td>
            <Text size="sm" c="dimmed">
              <DateTime value={item.updatedAt} dateOnly />
            </Text>
          </Table.Td>
        </Table.Tr>
      ))}
    </WorkTable>
  );
}

/** "Bản ghi của tổ chức": every offer, demand and expert of one of my organisations, drafts included. */
export function WorkspacePage() {
  const { t } = useTranslation();
  const me = useMe();
  const memberships = me.data?.memberships ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const [type, setType] = useState<WorkItem['type']>('demand');
  const organisationId = chosen ?? memberships[0]?.organisationId ?? null;
  // One kind at a time, a page at a time; the tabs show every kind's real count.
  const records = useWorkspaceRecords(organisationId, type);
  const items = records.data?.items ?? [];
  const counts = records.data?.counts;

  if (me.isPending) return <LoadingState />;
  if (!me.data?.abilities.useWorkspace || !organisationId) {
    return (
      <Container size="lg" px={0}>
        <PageTitle>{t('catalogue.workspace.title')}</PageTitle>
        <JoinOrganisationAlert title={t('catalogue.workspace.noOrganisation')} />
      </Container>
    );
  }
  return (
    <Container size="lg" px={0}>
      <PageTitle
        actions={
          <Group gap="xs">
            <CreateRecordButton segment="demands" />
            <CreateRecordButton segment="offers" />
          </Group>
        }
      >
        {t('catalogue.workspace.title')}
      </PageTitle>
      <Stack gap="md">
        {memberships.length > 1 && (
          <Select
            label={t('catalogue.workspace.organisation')}
            maw={420}
            allowDeselect={false}
            value={organisationId}
            onChange={setChosen}
            data={memberships.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
          />
        )}
        <Card withBorder padding="sm">
          {records.isPending ? (
            <LoadingState />
          ) : records.isError ? (
            <ErrorState error={records.error} onRetry={() => void records.refetch()} />
          ) : (
            <Tabs value={type} onChange={(value) => value && setType(value as WorkItem['type'])}>
              <Tabs.List>
                {types.map((kind) => (
                  <Tabs.Tab key={kind} value={kind}>
                    {t(`catalogue.workspace.tabs.${kind}s`)} ({counts?.[kind] ?? 0})
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value={type} pt="sm">
                <RecordRows items={items} />
                {items.length > 0 && <WorkListMore list={records} shown={items.length} total={records.data?.total ?? 0} />}
              </Tabs.Panel>
            </Tabs>
          )}
        </Card>
      </Stack>
    </Container>
  );
}
