import { Badge, Group } from '@mantine/core';

/** Codes shown as their labels, one badge each (S&T fields, VSIC sections, transfer terms). */
export function CodeBadges({ codes, label }: { codes: readonly string[]; label: (code: string) => string }) {
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
