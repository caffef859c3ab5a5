import { Button, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state.js';
import { PageTitle } from '../../components/page-title.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" px={0}>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <EmptyState
        title={t('notFound.text')}
        action={
          <Button component={Link} to="/">
            {t('nav.home')}
          </Button>
        }
      />
    </Container>
  );
}
