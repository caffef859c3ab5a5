import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecordSegment } from '../../api/catalogue.js';
import { useCanPostRecords } from './record/use-can-post.js';

const labelKeys: Record<RecordSegment, string> = {
  offers: 'catalogue.actions.createOffer',
  demands: 'catalogue.actions.createDemand',
  experts: 'catalogue.actions.createExpert',
};

/** "Đăng nhu cầu" for people who act for an organisation or a connection point; the server still decides. */
export function CreateRecordButton({ segment }: { segment: RecordSegment }) {
  const { t } = useTranslation();
  const { canPost } = useCanPostRecords();
  if (!canPost) return null;
  return (
    <Button component={Link} to={`/${segment}/new`} leftSection={<IconPlus size={16} />}>
      {t(labelKeys[segment])}
    </Button>
  );
}
