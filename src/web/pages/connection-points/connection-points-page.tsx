import { Badge, Button, Container, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionPoints, type ConnectionPoint } from '../../api/connection-points.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { ResponsiveTable } from '../../components/responsive-table.js';
import { ConnectionPointModal } from './connection-point-modal.js';

export function ConnectionPointsPage() {
  const { t, i18n } = useTranslation();
  const points = useConnectionPoints();
  // null: closed; 'new': creating; a point: editing it.
  const [editing, setEditing] = useState<ConnectionPoint | 'new' | null>(null);
  return (
    <Container size="xl" px={0}>
      <PageTitle
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('admin.points.create')}
          </Button>
        }
      >
        {t('admin.points.title')}
      </PageTitle>
      {points.isLoading && <LoadingState lines={6} />}
      {points.isError && <ErrorState error={points.error} onRetry={() => void points.refetch()} />}
      {points.data?.length === 0 && <EmptyState title={t('admin.points.empty')} />}
      {points.data && points.data.length > 0 && (
        <ResponsiveTable minWidth={720} striped verticalSpacing="sm" aria-label={t('admin.points.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.points.name')}</Table.Th>
              <Table.Th>{t('admin.points.host')}</Table.Th>
              <Table.Th>{t('admin.points.provinces')}</Table.Th>
              <Table.Th>{t('admin.users.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {points.data.map((point) => (
              <Table.Tr key={point.id}>
                <Table.Td>{i18n.language === 'en' && point.nameEn ? point.nameEn : point.nameVi}</Table.Td>
                <Table.Td>{point.hostOrganisation.nameVi}</Table.Td>
                <Table.Td>
                  <Text size="sm">{point.provinces.map((p) => p.name).join(', ')}</Text>
                </Table.Td>
                <Table.Td>
                  {point.active ? (
                    <Badge color="teal" variant="light">
                      {t('admin.points.active')}
                    </Badge>
                  ) : (
                    <Badge color="gray">{t('admin.points.inactive')}</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {point.abilities.canEdit && (
                    <Button size="xs" variant="default" onClick={() => setEditing(point)} aria-label={t('admin.points.editName', { name: point.nameVi })}>
                      {t('common.edit')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ResponsiveTable>
      )}
      {editing && <ConnectionPointModal point={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Container>
  );
}
