import { Alert, Button, Card, Group, Modal, MultiSelect, NumberInput, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useCouncilOptions, useEditCompositionRule, useResetCompositionRule, type CompositionRuleData } from '../../api/councils.js';
import { errorText } from '../../api/form-errors.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { usePhone } from '../../lib/use-phone.js';
import { RuleSummary } from './rule-summary.js';

const SIZES = Array.from({ length: 25 }, (_, i) => String(i + 1));
type Range = { min: number; max: number };

/** /councils/composition — each kind's composition rule; the agency's staff change one, everyone who forms councils reads them. */
export function CompositionRulesPage() {
  const { t } = useTranslation();
  const options = useCouncilOptions();
  const [editing, setEditing] = useState<CompositionRuleData | null>(null);
  if (options.isLoading) return <LoadingState />;
  if (options.isError || !options.data) return <ErrorState error={options.error} onRetry={() => void options.refetch()} />;
  const { rules, canEditKindRules } = options.data;
  return (
    <Stack gap="md">
      <PageTitle>{t('councils.composition.title')}</PageTitle>
      <Text c="dimmed">{t('councils.composition.lead')}</Text>
      {!canEditKindRules && <Alert color="gray">{t('councils.composition.readOnly')}</Alert>}
      <SimpleGrid component="ul" cols={{ base: 1, md: 2 }} spacing="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rules.map((rule) => (
          <Card component="li" key={rule.kind} withBorder radius="md" padding="md" aria-labelledby={`rule-${rule.kind}`}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap">
                <Title order={2} size="h4" id={`rule-${rule.kind}`}>
                  {t(`councils.kind.${rule.kind}`)}
                </Title>
                {canEditKindRules && (
                  <Button
                    variant="light"
                    size="xs"
                    onClick={() => setEditing(rule)}
                    aria-label={`${t('councils.composition.edit')}: ${t(`councils.kind.${rule.kind}`)}`}
                  >
                    {t('councils.composition.edit')}
                  </Button>
                )}
              </Group>
              <RuleSummary rule={rule} />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {editing && <RuleForm key={editing.kind} rule={editing} onDone={() => setEditing(null)} />}
    </Stack>
  );
}

/** The edit dialog: every part of the rule, each server refusal shown at its field. */
function RuleForm({ rule, onDone }: { rule: CompositionRuleData; onDone: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const edit = useEditCompositionRule(rule.kind);
  const reset = useResetCompositionRule(rule.kind);
  const [draft, setDraft] = useState(rule);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<CompositionRuleData>) => setDraft((d) => ({ ...d, ...patch }));
  const num = (v: string | number) => (typeof v === 'number' ? v : Number.NaN);
  const close = { closeButtonProps: { 'aria-label': t('common.close') } };

  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.fields.length) setErrors(Object.fromEntries(error.fields.map((f) => [f.path, f.message])));
    else notifications.show({ color: 'red', message: errorText(t, error), ...close });
  };
  const save = () => {
    setErrors({});
    const { kind: _kind, ...body } = draft;
    edit.mutate(body, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('councils.composition.saved'), ...close });
        onDone();
      },
      onError,
    });
  };
  const restore = () =>
    reset.mutate(undefined, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('councils.composition.resetDone'), ...close });
        onDone();
      },
      onError,
    });

  const rangeFields = (name: 'chairs' | 'viceChairs' | 'secretaries') => (
    <Group grow align="start" wrap="nowrap">
      {(['min', 'max'] as const).map((end) => (
        <NumberInput
          key={end}
          label={`${t(`councils.composition.${name}`)} — ${t(`councils.composition.${end}`)}`}
          min={0}
          max={25}
          allowDecimal={false}
          value={draft[name][end]}
          onChange={(v) => set({ [name]: { ...draft[name], [end]: num(v) } as Range })}
          error={errors[`${name}.${end}`]}
        />
      ))}
    </Group>
  );

  return (
    <Modal opened onClose={onDone} fullScreen={phone} size="lg" title={t('councils.composition.editTitle', { kind: t(`councils.kind.${rule.kind}`) })}>
      <Stack gap="sm" component="form" onSubmit={(e) => (e.preventDefault(), save())}>
        <MultiSelect
          label={t('councils.composition.scorerCounts')}
          description={t('councils.composition.scorerCountsHint')}
          data={SIZES}
          value={draft.scorerCounts.map(String)}
          onChange={(v) => set({ scorerCounts: v.map(Number).sort((a, b) => a - b) })}
          error={errors.scorerCounts ?? errors['scorerCounts.0']}
        />
        {rangeFields('chairs')}
        {rangeFields('viceChairs')}
        {rangeFields('secretaries')}
        <Switch
          label={t('councils.composition.secretaryScoresField')}
          checked={draft.secretaryScores}
          onChange={(e) => set({ secretaryScores: e.currentTarget.checked })}
        />
        <NumberInput
          label={t('councils.composition.minExternal')}
          min={0}
          max={25}
          allowDecimal={false}
          value={draft.minExternal}
          onChange={(v) => set({ minExternal: num(v) })}
          error={errors.minExternal}
        />
        <Switch
          label={t('councils.composition.proposerMayServeField')}
          checked={draft.proposerMayServe}
          onChange={(e) => set({ proposerMayServe: e.currentTarget.checked })}
        />
        <Group grow align="start" wrap="wrap">
          <NumberInput
            label={t('councils.composition.share')}
            min={1}
            max={100}
            decimalScale={1}
            value={Math.round(draft.quorum.share * 1000) / 10}
            onChange={(v) => set({ quorum: { ...draft.quorum, share: num(v) / 100 } })}
            error={errors['quorum.share']}
          />
          <NumberInput
            label={t('councils.composition.minScorers')}
            min={1}
            max={25}
            allowDecimal={false}
            value={draft.quorum.minScorers}
            onChange={(v) => set({ quorum: { ...draft.quorum, minScorers: num(v) } })}
            error={errors['quorum.minScorers']}
          />
        </Group>
        <Switch
          label={t('councils.composition.presidingRequired')}
          checked={draft.quorum.presidingRequired}
          onChange={(e) => set({ quorum: { ...draft.quorum, presidingRequired: e.currentTarget.checked } })}
        />
        <Group justify="space-between" wrap="wrap" mt="sm">
          <Button variant="subtle" color="gray" onClick={restore} loading={reset.isPending}>
            {t('councils.composition.reset')}
          </Button>
          <Group>
            <Button variant="default" onClick={onDone}>
              {t('councils.composition.cancel')}
            </Button>
            <Button type="submit" loading={edit.isPending}>
              {t('councils.composition.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
