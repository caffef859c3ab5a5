import { ActionIcon, Button, Fieldset, Group, Select, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AgreementFormValues } from './agreement-form-values.js';

const roles = ['transferor', 'transferee', 'consultant', 'client', 'party'] as const;

/** The parties who sign: a name and a role each (the connection's two sides come pre-filled). */
export function AgreementPartiesField({ form }: { form: UseFormReturnType<AgreementFormValues> }) {
  const { t } = useTranslation();
  const roleOptions = roles.map((role) => ({ value: role, label: t(`connections.agreements.roles.${role}`) }));
  return (
    <Fieldset legend={t('connections.agreements.parties')} p="sm">
      <Stack gap="xs">
        {form.values.parties.map((party, index) => (
          <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 2 }}
              label={t('connections.agreements.partyName', { number: index + 1 })}
              {...form.getInputProps(`parties.${index}.name`)}
            />
            <Select
              style={{ flex: 1 }}
              label={t('connections.agreements.partyRole', { number: index + 1 })}
              data={roleOptions}
              allowDeselect={false}
              {...form.getInputProps(`parties.${index}.role`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              aria-label={t('connections.agreements.removeParty', { number: index + 1 })}
              onClick={() => form.removeListItem('parties', index)}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => form.insertListItem('parties', { organisationId: null, name: '', role: 'party' })}
        >
          {t('connections.agreements.addParty')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
