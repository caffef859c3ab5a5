import { Button, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ErrorState } from '../../components/error-state.js';

/** A crash inside a page: say so and let the person reload, instead of a blank screen. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Container size="sm" py="xl">
      <ErrorState error={error} />
      <Button mt="md" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </Button>
    </Container>
  );
}
