import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { showNotice } from './notice.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Weakness } from '../../../domain/assessment/weaknesses.js';
import { useDraftDemand } from '../../api/assessment.js';
import { errorText } from '../../api/form-errors.js';
import { DemandMatchesSection } from '../catalogue/record/kinds/demand-matches-section.js';
import { useLocalText } from './local-text.js';

const searchPath = { offers: '/offers', experts: '/experts', programmes: '/offers' } as const;

function WeaknessCard({ assessmentId, weakness, rank, canDraft }: { assessmentId: string; weakness: Weakness; rank: number; canDraft: boolean }) {
  const { t } = useTranslation();
  const { text, num, pct, lang } = useLocalText();
  const draft = useDraftDemand(assessmentId);
  const [demandId, setDemandId] = useState<string | null>(null);
  const words = weakness.keywords[lang].slice(0, 3).join(' ');
  return (
    <Card component="li" withBorder radius="md" padding="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" align="flex-start">
          <Title order={3} size="h5">
            {rank}. {weakness.code} — {text(weakness.name)}
          </Title>
          <Badge variant="light" color="red">
            {t('assessment.report.criterionPoints', { points: num(weakness.points), max: num(weakness.maxPoints) })} · {pct(weakness.share)}
          </Badge>
        </Group>
        {weakness.sectorMedianShare !== null && (
          <Text size="sm" c="dimmed">
            {t('assessment.report.medianShare', { share: pct(weakness.sectorMedianShare) })}
          </Text>
        )}
        <Text size="sm">
          <b>{t('assessment.report.nextStep')}:</b> {text(weakness.nextStep)}
        </Text>
        <Group gap="sm" wrap="wrap">
          <Anchor component={Link} to={`${searchPath[weakness.link]}?q=${encodeURIComponent(words)}`} size="sm">
            {t(`assessment.report.links.${weakness.link}`)}
          </Anchor>
          {canDraft && !demandId && (
            <Button
              size="xs"
              loading={draft.isPending}
              onClick={() =>
                draft.mutate(weakness.code, {
                  onSuccess: ({ demandId: created }) => {
                    setDemandId(created);
                    showNotice(t, { color: 'teal', message: t('assessment.report.demandCreated') });
                  },
                  onError: (e) => showNotice(t, { color: 'red', message: errorText(t, e) }),
                })
              }
            >
              {t('assessment.report.createDemand')}
            </Button>
          )}
        </Group>
        {demandId && (
          <Stack gap="xs">
            <Text size="sm">
              {t('assessment.report.demandCreated')}{' '}
              <Anchor component={Link} to={`/demands/${demandId}/edit`}>
                {t('catalogue.actions.edit', { defaultValue: 'Edit' })}
              </Anchor>
            </Text>
            <DemandMatchesSection demandId={demandId} canConnect={false} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/** The three to five weakest criteria, each with a concrete next step, a link to help and a demand to draft. */
export function WeaknessesSection({ assessmentId, weaknesses, canDraft }: { assessmentId: string; weaknesses: Weakness[]; canDraft: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="weaknesses-title">
      <Title order={2} size="h4" id="weaknesses-title">
        {t('assessment.report.weaknesses')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('assessment.report.weaknessesLead')}
      </Text>
      <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {weaknesses.map((w, i) => (
          <WeaknessCard key={w.code} assessmentId={assessmentId} weakness={w} rank={i + 1} canDraft={canDraft} />
        ))}
      </Stack>
    </section>
  );
}
