import { Accordion, Badge, Container, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditLog, type AuditFilters } from '../../api/audit.js';
import { DateTime } from '../../components/date-time.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { AuditDiff } from './audit-diff.js';
import { auditActionLabel, auditEntityLabel } from './audit-labels.js';
import { AuditFiltersForm } from './audit-filters-form.js';

/** Who changed what and when; each entry opens to show its before/after difference. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useAuditLog(filters);
  return (
    <Container size="xl" px={0}>
      <PageTitle>{t('admin.audit.title')}</PageTitle>
      <AuditFiltersForm onChange={setFilters} />
      {log.isLoading && <LoadingState lines={8} />}
      {log.isError && <ErrorState error={log.error} onRetry={() => void log.refetch()} />}
      {log.isSuccess && log.items.length === 0 && <EmptyState title={t('admin.audit.empty')} />}
      {log.items.length > 0 && (
        <Accordion variant="separated" chevronPosition="left" aria-label={t('admin.audit.title')}>
          {log.items.map((entry) => (
            <Accordion.Item key={entry.id} value={String(entry.id)}>
              <Accordion.Control>
                <Group gap="sm" wrap="wrap">
                  <Text size="sm" c="dimmed" w={140}>
                    <DateTime value={entry.at} />
                  </Text>
                  <Badge variant="light" tt="none" data-testid="audit-action">
                    {auditActionLabel(entry.action, i18n.language)}
                  </Badge>
                  <Text size="sm">
                    {auditEntityLabel(entry.entityType, i18n.language)}
                    {entry.entityId ? ` · ${entry.entityId.slice(0, 8)}` : ''}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {entry.actorEmail ?? t('admin.audit.system')}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <AuditDiff before={entry.before} after={entry.after} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      {log.items.length > 0 && (
        <LoadMore
          shown={log.items.length}
          total={log.total}
          hasMore={log.hasNextPage}
          loading={log.isFetchingNextPage}
          onMore={() => void log.fetchNextPage()}
        />
      )}
    </Container>
  );
}
