import { Paper, Stack, Table, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMembers } from '../../api/members.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { InvitationsList } from './invitations-list.js';
import { InviteForm } from './invite-form.js';
import { MemberRow } from './member-row.js';
import { ResponsiveTable } from '../../components/responsive-table.js';

/** Members (and, for the organisation's admins, join requests and invitations). */
export function MembersPanel({ organisationId, canManage }: { organisationId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const members = useMembers(organisationId);
  const pending = members.data?.items.filter((m) => m.status === 'pending') ?? [];
  const active = members.data?.items.filter((m) => m.status === 'active') ?? [];
  const table = (rows: typeof active, caption: string) => (
    <ResponsiveTable minWidth={560} verticalSpacing="sm" aria-label={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('members.person')}</Table.Th>
          <Table.Th>{t('members.role')}</Table.Th>
          <Table.Th>{t('members.since')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((member) => (
          <MemberRow key={member.userId} organisationId={organisationId} member={member} canManage={canManage} />
        ))}
      </Table.Tbody>
    </ResponsiveTable>
  );
  return (
    <Stack gap="lg">
      {members.isLoading && <LoadingState />}
      {members.isError && <ErrorState error={members.error} onRetry={() => void members.refetch()} />}
      {canManage && pending.length > 0 && (
        <Paper withBorder p="md" component="section">
          <Title order={2} size="h4" mb="sm">
            {t('members.joinRequests', { count: pending.length })}
          </Title>
          {table(pending, t('members.joinRequests', { count: pending.length }))}
        </Paper>
      )}
      {members.data && (
        <Paper withBorder p="md" component="section">
          <Title order={2} size="h4" mb="sm">
            {t('members.title')}
          </Title>
          {active.length === 0 ? <EmptyState title={t('members.empty')} /> : table(active, t('members.title'))}
        </Paper>
      )}
      {canManage && (
        <Paper withBorder p="md" component="section">
          <Title order={2} size="h4" mb="sm">
            {t('members.invite')}
          </Title>
          <InviteForm organisationId={organisationId} />
          <InvitationsList organisationId={organisationId} />
        </Paper>
      )}
    </Stack>
  );
}
