import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/form-errors.js';
import { useRequestToJoin } from '../../api/organisations.js';

/** Asks the organisation's admins to let the signed-in person in. */
export function JoinRequestButton({ organisationId, size = 'sm' }: { organisationId: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const join = useRequestToJoin(organisationId);
  if (join.isSuccess) {
    return (
      <Button size={size} variant="light" disabled>
        {t('organisations.joinRequested')}
      </Button>
    );
  }
  return (
    <Button
      size={size}
      variant="light"
      loading={join.isPending}
      onClick={() =>
        join.mutate(undefined, {
          onSuccess: () => notifications.show({ color: 'teal', message: t('organisations.joinRequestSent') }),
          onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }),
        })
      }
    >
      {t('organisations.requestToJoin')}
    </Button>
  );
}
