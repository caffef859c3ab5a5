import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled group of inputs in a record form. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}
