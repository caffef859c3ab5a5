import { Anchor, Badge, Button, Card, Container, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyOrganisations } from '../../api/organisations.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';

const statusColour = { active: 'teal', pending: 'yellow', rejected: 'gray' } as const;

/** The organisations I act for, and the join requests still waiting for an answer. */
export function MyOrganisationsPage() {
  const { t, i18n } = useTranslation();
  const mine = useMyOrganisations();
  const createButton = (
    <Button component={Link} to="/organisations/new" leftSection={<IconPlus size={16} />}>
      {t('organisations.create')}
    </Button>
  );
  return (
    <Container size="lg" px={0}>
      <PageTitle actions={createButton}>{t('organisations.mineTitle')}</PageTitle>
      {mine.isLoading && <LoadingState />}
      {mine.isError && <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />}
      {mine.data?.length === 0 && (
        <EmptyState
          title={t('organisations.mineEmpty')}
          description={t('organisations.mineEmptyHint')}
          action={
            <Button component={Link} to="/organisations" variant="default">
              {t('nav.directory')}
            </Button>
          }
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {mine.data?.map((membership) => (
          <Card key={membership.id} withBorder component="article">
            <Stack gap={6}>
              <Anchor component={Link} to={`/organisations/${membership.organisationId}`} fw={600} size="lg">
                {i18n.language === 'en' && membership.organisation.nameEn ? membership.organisation.nameEn : membership.organisation.nameVi}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t(`organisations.kinds.${membership.organisation.kind}`)}
              </Text>
              <Group gap="xs">
                <Badge variant="light">{t(`members.roles.${membership.role}`)}</Badge>
                <Badge color={statusColour[membership.status]}>{t(`members.statuses.${membership.status}`)}</Badge>
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Container>
  );
}
