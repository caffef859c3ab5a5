import { Paper, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBulb, IconBuildingFactory2, IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const steps = [
  { key: 'demand', icon: IconBuildingFactory2 },
  { key: 'offer', icon: IconBulb },
  { key: 'connect', icon: IconPlugConnected },
] as const;

export function HowItWorks() {
  const { t } = useTranslation();
  return (
    <section>
      <Title order={2} size="h3" mb="md">
        {t('home.how.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {steps.map(({ key, icon: StepIcon }) => (
          <Paper key={key} withBorder p="md">
            <ThemeIcon variant="light" size="lg" mb="sm">
              <StepIcon size={20} aria-hidden />
            </ThemeIcon>
            <Title order={3} size="h5">
              {t(`home.how.${key}.title`)}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {t(`home.how.${key}.text`)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
