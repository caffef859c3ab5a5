import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConnectionStage } from '../../../domain/connections/stages.js';

const colours: Record<ConnectionStage, string> = {
  proposed: 'gray',
  accepted: 'blue',
  meeting: 'cyan',
  mou: 'teal',
  contract: 'green',
  transferred: 'teal.9',
  declined: 'red',
  stalled: 'orange',
};

export function StageBadge({ stage }: { stage: ConnectionStage }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[stage]} variant={stage === 'transferred' ? 'filled' : 'light'}>
      {t(`connections.stages.${stage}`)}
    </Badge>
  );
}
