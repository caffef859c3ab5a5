import { Group, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

/** The page's one h1, also used as the browser tab title. */
export function PageTitle({ children, actions }: { children: string; actions?: ReactNode }) {
  useEffect(() => {
    document.title = `${children} · TechBridge`;
  }, [children]);
  return (
    <Group justify="space-between" mb="lg" wrap="wrap" gap="sm">
      <Title order={1} size="h2">
        {children}
      </Title>
      {actions}
    </Group>
  );
}
