import { Anchor, Button, Card, Grid, Group, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ConnectionStage } from '../../../domain/connections/stages.js';
import { useConnection, type ConnectionDetail } from '../../api/connections.js';
import { AgreementForm } from '../../components/connections/agreement-form.js';
import { AgreementList } from '../../components/connections/agreement-list.js';
import { MessageThread } from '../../components/connections/message-thread.js';
import { StageActions } from '../../components/connections/stage-actions.js';
import { StageBadge } from '../../components/connections/stage-badge.js';
import { StageStepper } from '../../components/connections/stage-stepper.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { ConnectionHistory } from './connection-history.js';
import { ConnectionParties } from './connection-parties.js';

function Section({ title, actions, children }: { title: string; actions?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Card>
  );
}

function ConnectionView({ connection }: { connection: ConnectionDetail }) {
  const { t } = useTranslation();
  const [agreementOpen, agreement] = useDisclosure(false);
  const title = connection.title || t('connections.list.untitled');
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/connections" size="sm">
        ← {t('connections.list.title')}
      </Anchor>
      <PageTitle actions={<StageBadge stage={connection.stage as ConnectionStage} />}>{title}</PageTitle>
      <Card withBorder radius="md" padding="md">
        <ConnectionParties connection={connection} />
      </Card>
      <Section title={t('connections.detail.progress')}>
        <Stack gap="md">
          <StageStepper connection={connection} />
          <StageActions connection={connection} />
        </Stack>
      </Section>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Section
              title={t('connections.agreements.title')}
              actions={
                connection.abilities.canRecordAgreement && (
                  <Button size="xs" leftSection={<IconFilePlus size={16} />} onClick={agreement.open}>
                    {t('connections.agreements.add')}
                  </Button>
                )
              }
            >
              <AgreementList agreements={connection.agreements} />
            </Section>
            <Section title={t('connections.messages.title')}>
              <MessageThread connection={connection} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Section title={t('connections.detail.history')}>
            <ConnectionHistory history={connection.history} />
          </Section>
        </Grid.Col>
      </Grid>
      {connection.abilities.canRecordAgreement && (
        <AgreementForm key={connection.version} connection={connection} opened={agreementOpen} onClose={agreement.close} />
      )}
    </Stack>
  );
}

/** /connections/:id — one connection from request to technology transferred. */
export function ConnectionPage() {
  const { id = '' } = useParams();
  const query = useConnection(id);
  if (query.isLoading) return <LoadingState lines={8} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return query.data ? <ConnectionView connection={query.data} /> : null;
}
