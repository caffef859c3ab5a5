import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConnectionDetail } from '../../api/connections.js';
import { formatDate } from '../../lib/format-date.js';

/** Every stage change with its day, who recorded it and the note, newest last. */
export function ConnectionHistory({ history }: { history: ConnectionDetail['history'] }) {
  const { t, i18n } = useTranslation();
  return (
    <Timeline active={history.length - 1} bulletSize={14} lineWidth={2} color="teal">
      {history.map((entry, index) => (
        <Timeline.Item key={index} title={t(`connections.stages.${entry.toStage}`, { defaultValue: entry.toStage })}>
          <Text size="xs" c="dimmed">
            {formatDate(entry.occurredOn, i18n.language)}
            {entry.actorName ? ` · ${entry.actorName}` : ''}
          </Text>
          {entry.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {entry.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
