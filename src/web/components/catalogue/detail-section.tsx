import { Card, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of a detail page; long text keeps its paragraphs. */
export function DetailSection({ title, children, text }: { title: string; children?: ReactNode; text?: string | null }) {
  if (!children && !text) return null;
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {text && (
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {text}
        </Text>
      )}
      {children}
    </Card>
  );
}
