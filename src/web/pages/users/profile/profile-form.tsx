import { Button, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useUpdateProfile, type Profile } from '../../../api/users-profile.js';
import { applyFieldErrors, errorText } from '../../../api/form-errors.js';
import { setLanguage } from '../../../i18n/i18n.js';
import { validators } from '../../../lib/validators.js';

export function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const form = useForm({
    initialValues: { name: profile.name, phone: profile.phone ?? '', title: profile.title ?? '', locale: profile.locale },
    validate: { name: validators(t).name },
  });
  const onSubmit = form.onSubmit((values) =>
    update.mutate(
      { name: values.name, phone: values.phone, title: values.title, locale: values.locale },
      {
        onSuccess: (saved) => {
          void setLanguage(saved.locale === 'en' ? 'en' : 'vi');
          form.resetDirty();
          notifications.show({ color: 'teal', message: t('profile.saved') });
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error)) notifications.show({ color: 'red', message: errorText(t, error) });
        },
      },
    ),
  );
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="profile-details">
      <Title order={2} size="h4" id="profile-details" mb="md">
        {t('profile.details')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput label={t('auth.email')} value={profile.email} readOnly disabled />
          <TextInput label={t('auth.fullName')} required {...form.getInputProps('name')} />
          <TextInput label={t('profile.jobTitle')} {...form.getInputProps('title')} />
          <TextInput label={t('profile.phone')} type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
          <Select
            label={t('profile.locale')}
            allowDeselect={false}
            data={[
              { value: 'vi', label: t('language.vi') },
              { value: 'en', label: t('language.en') },
            ]}
            {...form.getInputProps('locale')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
