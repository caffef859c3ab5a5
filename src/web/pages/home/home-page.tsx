import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../api/auth.js';
import { HomeSearch } from './home-search.js';
import { HomeStats } from './home-stats.js';
import { HowItWorks } from './how-it-works.js';
import { NeedsYou } from './needs-you.js';

/** What the network is, a search box, a few figures, and the way in. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  useEffect(() => {
    document.title = `TechBridge · ${t('app.tagline')}`;
  }, [t]);
  return (
    <Container size="lg" py={{ base: 'md', sm: 'xl' }}>
      <Stack gap="xl">
        <Stack gap="sm">
          <Text c="teal.8" fw={600}>
            {t('app.tagline')}
          </Text>
          <Title order={1}>{t('home.title')}</Title>
          <Text size="lg" maw={760}>
            {t('home.lead')}
          </Text>
        </Stack>
        {me.data?.user && <NeedsYou me={me.data} />}
        <HomeSearch />
        {me.data && !me.data.user && (
          <Group>
            <Button component={Link} to="/register" size="md">
              {t('auth.register')}
            </Button>
            <Button component={Link} to="/sign-in" size="md" variant="default">
              {t('auth.signIn')}
            </Button>
          </Group>
        )}
        <HomeStats />
        <HowItWorks />
      </Stack>
    </Container>
  );
}
