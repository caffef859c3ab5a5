import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type Fact = { label: string; value: ReactNode };

function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Label above value, two columns on wider screens; facts without a value are left out. */
export function FactList({ facts }: { facts: Fact[] }) {
  const shown = facts.filter((fact) => !isEmpty(fact.value));
  if (shown.length === 0) return null;
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      {shown.map((fact) => (
        <Stack key={fact.label} gap={2}>
          <Text component="dt" size="xs" c="dimmed" fw={500}>
            {fact.label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {fact.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
