import { Button, Group } from '@mantine/core';
import { IconCheck, IconPlayerPause, IconRefresh, IconX, IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { progressStages, type ProgressStage, type StageRequest } from '../../../domain/connections/stages.js';
import type { ConnectionDetail } from '../../api/connections.js';
import { StageModal } from './stage-modal.js';

function nextStage(stage: string): ProgressStage | null {
  const index = progressStages.indexOf(stage as ProgressStage);
  return index >= 1 && index < progressStages.length - 1 ? progressStages[index + 1] : null;
}

/** The buttons the caller's abilities allow: answer a request, record the next stage, pause or reopen. */
export function StageActions({ connection }: { connection: ConnectionDetail }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<{ stage: StageRequest; title: string } | null>(null);
  const { abilities, stage } = connection;
  const next = abilities.canAdvance ? nextStage(stage) : null;
  const paused = stage === 'declined' || stage === 'stalled';
  const open = (request: StageRequest, key: string) => setChosen({ stage: request, title: t(`connections.actions.${key}`) });
  const buttons = [
    abilities.canRespond && (
      <Button key="accept" leftSection={<IconCheck size={16} />} onClick={() => open('accepted', 'accept')}>
        {t('connections.actions.accept')}
      </Button>
    ),
    abilities.canRespond && (
      <Button key="decline" color="red" variant="light" leftSection={<IconX size={16} />} onClick={() => open('declined', 'decline')}>
        {t('connections.actions.decline')}
      </Button>
    ),
    next && (
      <Button key="next" leftSection={<IconArrowRight size={16} />} onClick={() => open(next, `advance.${next}`)}>
        {t(`connections.actions.advance.${next}`)}
      </Button>
    ),
    abilities.canAdvance && !paused && stage !== 'proposed' && (
      <Button key="stall" variant="default" leftSection={<IconPlayerPause size={16} />} onClick={() => open('stalled', 'stall')}>
        {t('connections.actions.stall')}
      </Button>
    ),
    paused && abilities.canMessage && (
      <Button key="reopen" variant="light" leftSection={<IconRefresh size={16} />} onClick={() => open('reopened', 'reopen')}>
        {t('connections.actions.reopen')}
      </Button>
    ),
  ].filter(Boolean);
  if (buttons.length === 0) return null;
  return (
    <>
      <Group gap="sm">{buttons}</Group>
      <StageModal connection={connection} stage={chosen?.stage ?? null} title={chosen?.title ?? ''} onClose={() => setChosen(null)} />
    </>
  );
}
