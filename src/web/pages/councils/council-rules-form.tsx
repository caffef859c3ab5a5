import { Alert, Button, Card, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useEditRules, type CouncilDetailData } from '../../api/councils.js';
import { errorText } from '../../api/form-errors.js';

type Row = { key: string; label: string; labelEn: string; maxPoints: number | ''; weight: number | ''; minPoints: number | '' };

const rowsOf = (c: CouncilDetailData): Row[] =>
  c.form.criteria.map((k) => ({
    key: k.key,
    label: k.label,
    labelEn: k.labelEn ?? '',
    maxPoints: k.maxPoints,
    weight: k.weight,
    minPoints: k.minPoints ?? '',
  }));
const maxTotal = (rows: Row[]) => rows.reduce((sum, r) => sum + Number(r.weight || 0) * Number(r.maxPoints || 0), 0);
// A new criterion's key is never shown: people name criteria, the key only ties scores to them.
const freshKey = (rows: Row[]) => {
  let n = rows.length + 1;
  while (rows.some((r) => r.key === `criterion-${n}`)) n++;
  return `criterion-${n}`;
};

/** The convener's form for a council's rules: criteria named in both languages, scale, pass mark, quorum and tie rule. */
export function CouncilRulesForm({ council, onDone }: { council: CouncilDetailData; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const edit = useEditRules(council.id);
  const [rows, setRows] = useState<Row[]>(() => rowsOf(council));
  const [scale, setScale] = useState<number | ''>(() => maxTotal(rowsOf(council)));
  const [passTotal, setPassTotal] = useState<number | ''>(council.form.passTotal);
  const [minSheets, setMinSheets] = useState<number | ''>(council.minSheets);
  const [tieBreak, setTieBreak] = useState<string | null>(council.tieBreak);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const err = (path: string) => errors[path];
  const setRow = (i: number, patch: Partial<Row>) => setRows((list) => list.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const num = (v: string | number) => (typeof v === 'number' ? v : '');
  const total = maxTotal(rows);
  const name = (r: Row) => (i18n.language === 'en' ? r.labelEn || r.label : r.label || r.labelEn);

  const save = () => {
    setErrors({});
    edit.mutate(
      {
        criteria: rows.map((r) => ({
          key: r.key,
          label: r.label,
          labelEn: r.labelEn,
          maxPoints: Number(r.maxPoints),
          weight: Number(r.weight),
          minPoints: r.minPoints === '' ? null : Number(r.minPoints),
        })),
        scale: Number(scale),
        passTotal: Number(passTotal),
        minSheets: Number(minSheets),
        tieBreak: tieBreak && rows.some((r) => r.key === tieBreak) ? tieBreak : null,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('councils.rules.saved'), closeButtonProps: { 'aria-label': t('common.close') } });
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fields.length) setErrors(Object.fromEntries(error.fields.map((f) => [f.path, f.message])));
          else notifications.show({ color: 'red', message: errorText(t, error), closeButtonProps: { 'aria-label': t('common.close') } });
        },
      },
    );
  };

  return (
    <Card withBorder padding="md" component="form" onSubmit={(e) => (e.preventDefault(), save())} aria-labelledby="council-rules-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="council-rules-title">
          {t('councils.rules.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('councils.rules.lead')}
        </Text>
        {err('criteria') && (
          <Alert color="red" variant="light">
            {err('criteria')}
          </Alert>
        )}
        {rows.map((r, i) => (
          <Paper key={r.key} withBorder p="sm" component="fieldset" style={{ margin: 0 }}>
            <Text component="legend" fw={600} size="sm">
              {t('councils.rules.criterion', { n: i + 1 })}
            </Text>
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                <TextInput
                  label={t('councils.rules.labelVi')}
                  value={r.label}
                  onChange={(e) => setRow(i, { label: e.currentTarget.value })}
                  error={err(`criteria.${i}.label`)}
                  required
                />
                <TextInput
                  label={t('councils.rules.labelEn')}
                  value={r.labelEn}
                  onChange={(e) => setRow(i, { labelEn: e.currentTarget.value })}
                  error={err(`criteria.${i}.labelEn`)}
                  required
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 3 }} spacing="xs">
                <NumberInput
                  label={t('councils.rules.maxPoints')}
                  value={r.maxPoints}
                  min={0}
                  onChange={(v) => setRow(i, { maxPoints: num(v) })}
                  error={err(`criteria.${i}.maxPoints`)}
                />
                <NumberInput
                  label={t('councils.rules.weight')}
                  value={r.weight}
                  min={0}
                  decimalScale={3}
                  onChange={(v) => setRow(i, { weight: num(v) })}
                  error={err(`criteria.${i}.weight`)}
                />
                <NumberInput
                  label={t('councils.rules.minPoints')}
                  value={r.minPoints}
                  min={0}
                  onChange={(v) => setRow(i, { minPoints: num(v) })}
                  error={err(`criteria.${i}.minPoints`)}
                />
              </SimpleGrid>
              {rows.length > 1 && (
                <Group justify="flex-end">
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => setRows((list) => list.filter((_, j) => j !== i))}
                    aria-label={t('councils.rules.removeNamed', { name: name(r) || i + 1 })}
                  >
                    {t('councils.rules.remove')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => setRows((list) => [...list, { key: freshKey(list), label: '', labelEn: '', maxPoints: '', weight: 1, minPoints: '' }])}
            disabled={rows.length >= 20}
          >
            {t('councils.rules.add')}
          </Button>
          <Text size="sm" c={Math.abs(total - Number(scale)) > 1e-6 ? 'red' : 'dimmed'} aria-live="polite">
            {t('councils.rules.sum', { total: total.toLocaleString(i18n.language, { maximumFractionDigits: 3 }), scale: scale === '' ? '—' : scale })}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <NumberInput label={t('councils.rules.scale')} value={scale} min={1} onChange={(v) => setScale(num(v))} error={err('scale')} />
          <NumberInput label={t('councils.rules.passTotal')} value={passTotal} min={0} onChange={(v) => setPassTotal(num(v))} error={err('passTotal')} />
          <NumberInput
            label={t('councils.rules.minSheets')}
            description={t('councils.rules.minSheetsHint', { min: council.rule.quorum.minScorers })}
            value={minSheets}
            min={1}
            allowDecimal={false}
            onChange={(v) => setMinSheets(num(v))}
            error={err('minSheets')}
          />
          <Select
            label={t('councils.rules.tieBreak')}
            data={[
              { value: '', label: t('councils.rules.chairDecides') },
              ...rows.filter((r) => name(r)).map((r) => ({ value: r.key, label: t('councils.rules.byCriterion', { name: name(r) }) })),
            ]}
            value={tieBreak ?? ''}
            onChange={(v) => setTieBreak(v || null)}
            allowDeselect={false}
            error={err('tieBreak')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={edit.isPending}>
            {t('councils.rules.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('councils.rules.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
