import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRosetteDiscountCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/form-errors.js';
import { useVerifyOrganisation } from '../../api/organisations.js';

/** Shown only when the server says the caller may verify (abilities.canVerify). */
export function VerifyButton({ organisationId, verified }: { organisationId: string; verified: boolean }) {
  const { t } = useTranslation();
  const verify = useVerifyOrganisation();
  return (
    <Button
      variant={verified ? 'default' : 'filled'}
      color={verified ? 'gray' : 'teal'}
      leftSection={<IconRosetteDiscountCheck size={16} />}
      loading={verify.isPending}
      onClick={() =>
        verify.mutate({ id: organisationId, verified: !verified }, { onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }) })
      }
    >
      {verified ? t('organisations.unverify') : t('organisations.verify')}
    </Button>
  );
}
