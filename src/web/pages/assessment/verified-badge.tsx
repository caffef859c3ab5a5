import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalText } from './local-text.js';

/** Whether a part of a methodology has been checked against the published text, with its note. */
export function VerifiedBadge({ verified, note }: { verified: boolean; note?: { vi: string; en: string } }) {
  const { t } = useTranslation();
  const { text } = useLocalText();
  const badge = (
    <Badge color={verified ? 'teal' : 'yellow'} variant="light" style={{ textTransform: 'none' }}>
      {verified ? t('assessment.methodology.verified') : t('assessment.methodology.unverified')}
    </Badge>
  );
  return note ? (
    <Tooltip label={text(note)} multiline w={320} events={{ hover: true, focus: true, touch: true }}>
      <span tabIndex={0}>{badge}</span>
    </Tooltip>
  ) : (
    badge
  );
}
