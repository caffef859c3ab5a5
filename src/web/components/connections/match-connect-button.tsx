import { Button, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateConnection } from '../../api/connections.js';
import { connectionErrorText } from './connection-error.js';

/** "Đề nghị kết nối" on one match of a demand: turns the match into a connection request. */
export function MatchConnectButton({ demandId, offerId }: { demandId: string; offerId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateConnection();
  const request = () => create.mutate({ demandId, offerId, origin: 'match' }, { onSuccess: (connection) => void navigate(`/connections/${connection.id}`) });
  return (
    <div>
      <Button size="xs" variant="light" leftSection={<IconPlugConnected size={14} />} loading={create.isPending} onClick={request}>
        {t('connections.match.button')}
      </Button>
      {create.isError && (
        <Text size="xs" c="red" role="alert" mt={4}>
          {connectionErrorText(t, create.error)}
        </Text>
      )}
    </div>
  );
}
