import { Group, Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { progressStages, type ConnectionStage, type ProgressStage } from '../../../domain/connections/stages.js';
import type { ConnectionDetail } from '../../api/connections.js';
import { formatDate } from '../../lib/format-date.js';
import { StageBadge } from './stage-badge.js';

/** The date each stage was last reached, from the connection's history. */
function stageDates(history: ConnectionDetail['history']): Map<string, string> {
  const dates = new Map<string, string>();
  for (const entry of history) dates.set(entry.toStage, entry.occurredOn);
  return dates;
}

/** Where a connection stands on proposed → … → transferred; a declined or stalled one shows where it paused. */
export function StageStepper({ connection }: { connection: ConnectionDetail }) {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', true);
  const paused = connection.stage === 'declined' || connection.stage === 'stalled';
  const reached = (paused ? (connection.resumeStage ?? 'proposed') : connection.stage) as ProgressStage;
  const dates = stageDates(connection.history);
  return (
    <div>
      {paused && (
        <Group gap="xs" mb="sm">
          <StageBadge stage={connection.stage as ConnectionStage} />
          <Text size="sm" c="dimmed">
            {t('connections.detail.pausedAt', { stage: t(`connections.stages.${reached}`), date: formatDate(dates.get(connection.stage), i18n.language) })}
          </Text>
        </Group>
      )}
      <Stepper
        active={progressStages.indexOf(reached) + 1}
        orientation={wide ? 'horizontal' : 'vertical'}
        size="sm"
        iconSize={30}
        wrap={false}
        // Long Vietnamese stage names break inside their step rather than push the last step to a new row.
        styles={{ stepBody: { minWidth: 0 }, stepLabel: { whiteSpace: 'normal' }, separator: { marginInline: 6, minWidth: 8 } }}
        color={paused ? 'gray' : 'teal'}
        aria-label={t('connections.detail.stages')}
        allowNextStepsSelect={false}
      >
        {progressStages.map((stage) => (
          <Stepper.Step
            key={stage}
            label={t(`connections.stages.${stage}`)}
            description={dates.has(stage) ? formatDate(dates.get(stage), i18n.language) : undefined}
            aria-current={stage === reached ? 'step' : undefined}
          />
        ))}
      </Stepper>
    </div>
  );
}
