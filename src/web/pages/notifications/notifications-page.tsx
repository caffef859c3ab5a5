import { Button, Card, Divider, Group, SegmentedControl, Stack } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkAllRead, useNotificationList } from '../../api/notifications.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { NotificationRow } from './notification-row.js';

/** /notifications — everything the platform told the person, newest first. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotificationList(unreadOnly);
  const markAll = useMarkAllRead();
  return (
    <Stack gap="md" maw={760}>
      <PageTitle
        actions={
          <Button variant="light" loading={markAll.isPending} onClick={() => markAll.mutate(undefined)}>
            {t('notifications.readAll')}
          </Button>
        }
      >
        {t('notifications.title')}
      </PageTitle>
      <Group>
        <SegmentedControl
          aria-label={t('notifications.filter')}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => setUnreadOnly(v === 'unread')}
          data={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadOnly') },
          ]}
        />
      </Group>
      {list.isLoading && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.items.length === 0 && <EmptyState title={t('notifications.empty')} />}
      {list.items.length > 0 && (
        <Card withBorder radius="md">
          <Stack gap="sm">
            {list.items.map((item, index) => (
              <Fragment key={item.id}>
                {index > 0 && <Divider />}
                <NotificationRow item={item} />
              </Fragment>
            ))}
          </Stack>
        </Card>
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
    </Stack>
  );
}
