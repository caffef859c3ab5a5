import { Alert, Button, Container, Group, Paper, Stack, Text } from '@mantine/core';
import { IconMailOpened } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../../api/auth.js';
import { errorText } from '../../api/form-errors.js';
import { useAcceptInvitation, useInvitationPreview } from '../../api/invitations.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';

/** Where an invitation link lands: shows what it is for and lets the right person accept it. */
export function InvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(token);
  const me = useMe();
  if (preview.isLoading || me.isLoading) return <LoadingState />;
  if (preview.isError || !preview.data) return <ErrorState error={preview.error} />;
  const invitation = preview.data;
  const user = me.data?.user;
  const here = encodeURIComponent(`/invitations/${token}`);
  const email = encodeURIComponent(invitation.email);
  const wrongPerson = user && user.email.toLowerCase() !== invitation.email.toLowerCase();
  const onAccept = () =>
    accept.mutate(undefined, {
      onSuccess: (result) => void navigate(result?.organisationId ? `/organisations/${result.organisationId}` : '/me/organisations'),
    });
  return (
    <Container size={560} px={0}>
      <PageTitle>{t('invitation.title')}</PageTitle>
      <Paper withBorder p="lg">
        <Stack align="flex-start">
          <IconMailOpened size={40} color="var(--mantine-color-teal-7)" aria-hidden />
          <Text>
            {t('invitation.text', { organisation: invitation.organisationName, role: t(`members.roles.${invitation.role}`), email: invitation.email })}
          </Text>
          {invitation.accepted && <Alert color="teal">{t('invitation.alreadyAccepted')}</Alert>}
          {invitation.expired && !invitation.accepted && <Alert color="orange">{t('invitation.expired')}</Alert>}
          {!invitation.accepted && !invitation.expired && !user && (
            <>
              <Text size="sm" c="dimmed">
                {t('invitation.signInFirst')}
              </Text>
              <Group>
                <Button component={Link} to={`/sign-in?next=${here}&email=${email}`}>
                  {t('auth.signIn')}
                </Button>
                <Button component={Link} to="/register" variant="default">
                  {t('auth.register')}
                </Button>
              </Group>
            </>
          )}
          {!invitation.accepted && !invitation.expired && wrongPerson && (
            <Alert color="orange">{t('invitation.wrongAccount', { email: user.email, invited: invitation.email })}</Alert>
          )}
          {!invitation.accepted && !invitation.expired && user && !wrongPerson && (
            <Button onClick={onAccept} loading={accept.isPending}>
              {t('invitation.accept')}
            </Button>
          )}
          {accept.isError && (
            <Alert color="red" role="alert">
              {errorText(t, accept.error)}
            </Alert>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}
