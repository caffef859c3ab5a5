import { Alert, Anchor, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client.js';
import { useCouncilOptions, useCreateCouncil } from '../../api/councils.js';
import { errorText } from '../../api/form-errors.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { DateField } from '../../components/date-field.js';
import { RuleSummary } from './rule-summary.js';

const kinds = ['identification', 'selection', 'appraisal', 'acceptance', 'award-provincial', 'award-ministry'] as const;
const roles = ['chair', 'vice-chair', 'member', 'secretary'] as const;
type Row = { person: string | null; role: (typeof roles)[number]; external: boolean };

/** /councils/new — agency or department staff form a council; the server checks the rule of its kind and names what breaks it. */
export function CouncilFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useCouncilOptions();
  const create = useCreateCouncil();
  const [kind, setKind] = useState<(typeof kinds)[number]>('award-provincial');
  const [name, setName] = useState('');
  const [convener, setConvener] = useState<string | null>(null);
  const [meetingDate, setMeetingDate] = useState('');
  const [rows, setRows] = useState<Row[]>([
    { person: null, role: 'chair', external: true },
    { person: null, role: 'vice-chair', external: true },
    { person: null, role: 'member', external: true },
    { person: null, role: 'member', external: true },
    { person: null, role: 'member', external: true },
    { person: null, role: 'secretary', external: false },
  ]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (options.isLoading) return <LoadingState />;
  if (options.isError) return <ErrorState error={options.error} onRetry={() => void options.refetch()} />;
  const data = options.data;
  if (!data?.conveners.length) return <Alert color="yellow">{t('councils.form.noConvener')}</Alert>;
  const rule = data.rules.find((r) => r.kind === kind);
  const people = data.candidates.map((c) => ({
    value: c.expertId ? `e:${c.expertId}` : `u:${c.userId}`,
    label: [c.name, c.organisationName].filter(Boolean).join(' — '),
  }));
  const uniquePeople = people.filter((p, i) => people.findIndex((q) => q.value === p.value) === i);
  const setRow = (i: number, change: Partial<Row>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...change } : r)));

  async function submit() {
    setErrors({});
    try {
      const created = await create.mutateAsync({
        kind,
        name,
        convenerOrganisationId: convener ?? data!.conveners[0].id,
        meetingDate: meetingDate || null,
        members: rows.map((r) => ({
          ...(r.person?.startsWith('e:') ? { expertId: r.person.slice(2) } : { userId: r.person?.slice(2) ?? '' }),
          role: r.role,
          external: r.external,
        })),
      });
      void navigate(`/councils/${created.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.fields.length) setErrors(Object.fromEntries(error.fields.map((f) => [f.path, f.message])));
      else notifications.show({ color: 'red', message: errorText(t, error) });
    }
  }

  return (
    <Stack gap="md" maw={860}>
      <PageTitle>{t('councils.form.title')}</PageTitle>
      <Select
        label={t('councils.form.kind')}
        data={kinds.map((k) => ({ value: k, label: t(`councils.kind.${k}`) }))}
        value={kind}
        onChange={(v) => v && setKind(v as typeof kind)}
        error={errors.kind}
        allowDeselect={false}
      />
      {rule && (
        <Group align="start" justify="space-between" wrap="wrap">
          <RuleSummary rule={rule} />
          <Anchor component={Link} to="/councils/composition" size="sm">
            {t('councils.composition.open')}
          </Anchor>
        </Group>
      )}
      <TextInput label={t('councils.form.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required />
      <Select
        label={t('councils.form.convener')}
        data={data.conveners.map((c) => ({ value: c.id, label: c.name }))}
        value={convener ?? data.conveners[0].id}
        onChange={setConvener}
        error={errors.convenerOrganisationId}
        allowDeselect={false}
      />
      <DateField label={t('councils.form.meetingDate')} value={meetingDate} onChange={setMeetingDate} error={errors.meetingDate} />
      <Text fw={600}>{t('councils.form.members')}</Text>
      {errors.members && (
        <Alert color="red" role="alert">
          {Object.entries(errors)
            .filter(([k]) => k === 'members')
            .map(([, v]) => v)
            .join(' ')}
        </Alert>
      )}
      {rows.map((row, i) => (
        <Paper key={i} withBorder p="sm">
          <Group align="end" wrap="wrap">
            <Select
              style={{ flex: '1 1 260px' }}
              label={t('councils.form.person')}
              data={uniquePeople}
              value={row.person}
              onChange={(v) => setRow(i, { person: v, external: v?.startsWith('e:') ?? false })}
              searchable
              error={errors[`members.${i}.expertId`] ?? errors[`members.${i}.userId`] ?? errors[`members.${i}.personId`]}
            />
            <Select
              w={160}
              label={t('councils.form.role')}
              data={roles.map((r) => ({ value: r, label: t(`councils.role.${r}`) }))}
              value={row.role}
              onChange={(v) => v && setRow(i, { role: v as Row['role'] })}
              allowDeselect={false}
            />
            <Checkbox label={t('councils.form.external')} checked={row.external} onChange={(e) => setRow(i, { external: e.currentTarget.checked })} />
            <Button variant="subtle" color="red" onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
              {t('councils.form.remove')}
            </Button>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button variant="light" onClick={() => setRows((all) => [...all, { person: null, role: 'member', external: true }])}>
          {t('councils.form.addMember')}
        </Button>
        <Button onClick={() => void submit()} loading={create.isPending}>
          {t('councils.form.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
