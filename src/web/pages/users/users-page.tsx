import { Container, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../../api/users.js';
import { CursorTable } from '../../components/cursor-table.js';
import { PageTitle } from '../../components/page-title.js';
import { UserRow } from './user-row.js';

export function UsersPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const users = useUsers(debounced);
  return (
    <Container size="xl" px={0}>
      <PageTitle>{t('admin.users.title')}</PageTitle>
      <TextInput
        role="search"
        label={t('admin.users.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        maw={420}
        mb="md"
      />
      <CursorTable
        list={users}
        label={t('admin.users.title')}
        emptyTitle={t('admin.users.empty')}
        headings={[t('admin.users.person'), t('admin.users.organisations'), t('admin.users.registered'), t('admin.users.status')]}
        minWidth={760}
        row={(user) => <UserRow key={user.id} user={user} />}
      />
    </Container>
  );
}
