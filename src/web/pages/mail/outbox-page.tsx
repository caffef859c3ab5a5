import { Anchor, Badge, Container, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutbox, type OutboxMessage } from '../../api/mail.js';
import { DateTime } from '../../components/date-time.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { OutboxMessageModal } from './outbox-message-modal.js';
import { ResponsiveTable } from '../../components/responsive-table.js';

/** Mail kept when no SMTP server is configured: admins read it here and can follow its links. */
export function OutboxPage() {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [debounced] = useDebouncedValue(to, 300);
  const outbox = useOutbox(debounced);
  const [open, setOpen] = useState<OutboxMessage | null>(null);
  return (
    <Container size="xl" px={0}>
      <PageTitle>{t('admin.outbox.title')}</PageTitle>
      <TextInput
        role="search"
        label={t('admin.outbox.to')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={to}
        onChange={(e) => setTo(e.currentTarget.value)}
        maw={360}
        mb="md"
      />
      {outbox.isLoading && <LoadingState lines={6} />}
      {outbox.isError && <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />}
      {outbox.isSuccess && outbox.items.length === 0 && <EmptyState title={t('admin.outbox.empty')} />}
      {outbox.items.length > 0 && (
        <ResponsiveTable minWidth={640} striped highlightOnHover verticalSpacing="sm" aria-label={t('admin.outbox.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.outbox.created')}</Table.Th>
              <Table.Th>{t('admin.outbox.to')}</Table.Th>
              <Table.Th>{t('admin.outbox.subject')}</Table.Th>
              <Table.Th>{t('admin.outbox.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {outbox.items.map((message) => (
              <Table.Tr key={message.id}>
                <Table.Td>
                  <DateTime value={message.createdAt} />
                </Table.Td>
                <Table.Td>{message.to}</Table.Td>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => setOpen(message)} ta="left">
                    {message.subject}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`admin.outbox.statuses.${message.status}`, { defaultValue: message.status })}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ResponsiveTable>
      )}
      {outbox.items.length > 0 && (
        <LoadMore
          shown={outbox.items.length}
          total={outbox.total}
          hasMore={outbox.hasNextPage}
          loading={outbox.isFetchingNextPage}
          onMore={() => void outbox.fetchNextPage()}
        />
      )}
      {open && <OutboxMessageModal message={open} onClose={() => setOpen(null)} />}
    </Container>
  );
}
