import { Badge, Button, Container, Group, Stack, Tabs } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../../api/auth.js';
import { useOrganisation } from '../../api/organisations.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { JoinRequestButton } from './join-request-button.js';
import { MembersPanel } from './members-panel.js';
import { OrganisationDetails } from './organisation-details.js';
import { VerifyButton } from './verify-button.js';

export function OrganisationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  const me = useMe();
  if (organisation.isLoading) return <LoadingState lines={8} />;
  if (organisation.isError || !organisation.data) return <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />;
  const org = organisation.data;
  const isMember = org.viewerMembership?.status === 'active';
  const pending = org.viewerMembership?.status === 'pending';
  const { canEdit, canManageMembers, canVerify } = org.abilities;
  const name = i18n.language === 'en' && org.nameEn ? org.nameEn : org.nameVi;
  return (
    <Container size="lg" px={0}>
      <PageTitle
        actions={
          <Group gap="xs">
            {canVerify && <VerifyButton organisationId={org.id} verified={org.verified} />}
            {canEdit && (
              <Button component={Link} to={`/organisations/${org.id}/edit`} leftSection={<IconEdit size={16} />} variant="light">
                {t('common.edit')}
              </Button>
            )}
            {me.data?.user && !org.viewerMembership && <JoinRequestButton organisationId={org.id} />}
          </Group>
        }
      >
        {name}
      </PageTitle>
      <Group gap="xs" mb="md" mt={-8}>
        <Badge variant="light">{t(`organisations.kinds.${org.kind}`)}</Badge>
        {pending && <Badge color="yellow">{t('organisations.joinPending')}</Badge>}
        {org.verified ? <Badge color="teal">{t('organisations.verified')}</Badge> : <Badge color="gray">{t('organisations.notVerified')}</Badge>}
      </Group>
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="details">{t('organisations.tabs.details')}</Tabs.Tab>
          {(isMember || canManageMembers) && <Tabs.Tab value="members">{t('organisations.tabs.members')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="details">
          <Stack>
            <OrganisationDetails organisation={org} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="members">
          <MembersPanel organisationId={org.id} canManage={canManageMembers} />
        </Tabs.Panel>
      </Tabs>
    </Container>
  );
}
