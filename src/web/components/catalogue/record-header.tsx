import { Alert, Anchor, Button, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowBackUp, IconCheck, IconLink, IconPencil } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Abilities, RecordSegment } from '../../api/catalogue.js';
import { ReturnReason } from '../../pages/listing-quality/return-reason.js';
import { StatusBadge } from './status-badge.js';
import { WorkflowActions } from './workflow-actions.js';

type Props = {
  segment: RecordSegment;
  id: string;
  title: string;
  subtitle?: string | null;
  status: string;
  abilities?: Partial<Abilities>;
  returnReason?: string | null;
};

/** Title, status, the shareable link, and the actions the caller may take on this record. */
export function RecordHeader({ segment, id, title, subtitle, status, abilities, returnReason }: Props) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · TechBridge`;
  }, [title]);
  return (
    <Stack gap="sm" mb="lg">
      <Anchor component={Link} to={`/${segment}`} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('catalogue.detail.backToList')}
        </Group>
      </Anchor>
      <Group gap="xs">
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          {t(`catalogue.kinds.${segment.slice(0, -1)}`)}
        </Text>
        <StatusBadge status={status} />
      </Group>
      <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
        {title}
      </Title>
      {subtitle && (
        <Text c="dimmed" fs="italic">
          {subtitle}
        </Text>
      )}
      {status === 'returned' && returnReason && (
        <Alert color="orange" icon={<IconArrowBackUp />} title={t('catalogue.detail.returnedNotice')} data-testid="return-reason">
          <ReturnReason reason={returnReason} />
        </Alert>
      )}
      <Group gap="xs" wrap="wrap">
        {abilities?.canEdit && (
          <Button component={Link} to={`/${segment}/${id}/edit`} size="sm" variant="default" leftSection={<IconPencil size={16} />}>
            {t('catalogue.actions.edit')}
          </Button>
        )}
        <WorkflowActions segment={segment} id={id} abilities={abilities} />
        <CopyButton value={typeof window === 'undefined' ? '' : `${window.location.origin}/${segment}/${id}`}>
          {({ copied, copy }) => (
            <Button
              size="sm"
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              leftSection={copied ? <IconCheck size={16} /> : <IconLink size={16} />}
              onClick={copy}
            >
              {copied ? t('catalogue.detail.linkCopied') : t('catalogue.detail.copyLink')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
