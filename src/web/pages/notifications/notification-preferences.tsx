import { Alert, Button, Card, Checkbox, Group, NativeSelect, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/form-errors.js';
import { ResponsiveTable } from '../../components/responsive-table.js';
import { usePhone } from '../../lib/use-phone.js';
import { useDraft } from '../../lib/use-draft.js';
import { useNotificationPreferences, useSaveNotificationPreferences, type NotificationPreference } from '../../api/notifications.js';

const noPreferences: NotificationPreference[] = [];

/** Per kind of notification: show it in the app, send it by e-mail at once or in a daily digest, both or neither (profile page). */
export function NotificationPreferencesSection() {
  const { t } = useTranslation();
  // On a phone each kind is a card: its boxes and its choice under their headings, at the left.
  const phone = usePhone();
  const saved = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  const [items, setItems] = useDraft<NotificationPreference[]>(saved.data ?? noPreferences);
  const toggle = (kind: string, channel: 'inApp' | 'email', value: boolean) =>
    setItems((current) => current.map((item) => (item.kind === kind ? { ...item, [channel]: value } : item)));
  const setMode = (kind: string, emailMode: NotificationPreference['emailMode']) =>
    setItems((current) => current.map((item) => (item.kind === kind ? { ...item, emailMode } : item)));
  const modes = [
    { value: 'immediate', label: t('notifications.preferences.modes.immediate') },
    { value: 'daily', label: t('notifications.preferences.modes.daily') },
  ];
  const changed = JSON.stringify(items) !== JSON.stringify(saved.data ?? []);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="notification-preferences">
      <Title order={2} size="h4" id="notification-preferences" mb={4}>
        {t('notifications.preferences.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('notifications.preferences.hint')}
      </Text>
      {save.isError && (
        <Alert color="red" role="alert" mb="sm">
          {errorText(t, save.error)}
        </Alert>
      )}
      <ResponsiveTable minWidth={420} aria-label={t('notifications.preferences.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('notifications.preferences.kind')}</Table.Th>
            <Table.Th ta="center">{t('notifications.preferences.inApp')}</Table.Th>
            <Table.Th ta="center">{t('notifications.preferences.email')}</Table.Th>
            <Table.Th>{t('notifications.preferences.when')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const label = t(`notifications.kinds.${item.kind}`, { defaultValue: item.kind });
            return (
              <Table.Tr key={item.kind}>
                <Table.Td>{label}</Table.Td>
                <Table.Td>
                  <Checkbox
                    mx={phone ? 0 : 'auto'}
                    w="fit-content"
                    checked={item.inApp}
                    onChange={(e) => toggle(item.kind, 'inApp', e.currentTarget.checked)}
                    aria-label={`${label}: ${t('notifications.preferences.inApp')}`}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    mx={phone ? 0 : 'auto'}
                    w="fit-content"
                    checked={item.email}
                    onChange={(e) => toggle(item.kind, 'email', e.currentTarget.checked)}
                    aria-label={`${label}: ${t('notifications.preferences.email')}`}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    data={modes}
                    value={item.emailMode}
                    disabled={!item.email}
                    onChange={(e) => setMode(item.kind, e.currentTarget.value as NotificationPreference['emailMode'])}
                    aria-label={`${label}: ${t('notifications.preferences.when')}`}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </ResponsiveTable>
      <Group justify="flex-end" mt="sm">
        <Button disabled={!changed} loading={save.isPending} onClick={() => save.mutate(items)}>
          {t('notifications.preferences.save')}
        </Button>
      </Group>
    </Card>
  );
}
