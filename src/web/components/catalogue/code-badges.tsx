import { Badge, Group } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Codes shown as their labels, one badge each (S&T fields, VSIC sections, transfer terms); null
 * without codes, so that a fact list leaves the fact out instead of showing a bare label.
 */
export function codeBadges(codes: readonly string[], label: (code: string) => string): ReactNode {
  if (codes.length === 0) return null;
  return (
    <Group gap={4} component="span">
      {codes.map((code) => (
        <Badge key={code} variant="light" size="md" tt="none" fw={500} style={{ height: 'auto', whiteSpace: 'normal' }}>
          {label(code)}
        </Badge>
      ))}
    </Group>
  );
}
