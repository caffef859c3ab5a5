import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompositionRuleData } from '../../api/councils.js';

const range = (r: { min: number; max: number }) => (r.min === r.max ? String(r.min) : `${r.min}–${r.max}`);

/** A kind's composition rule in words: who sits, who scores, and what each dossier needs to be decided. */
export function RuleSummary({ rule }: { rule: CompositionRuleData }) {
  const { t } = useTranslation();
  const counts = rule.scorerCounts.join(t('councils.composition.or'));
  const share = Math.round(rule.quorum.share * 100);
  return (
    <List size="sm" spacing={2}>
      <List.Item>{t('councils.composition.scorers', { counts })}</List.Item>
      <List.Item>
        {t('councils.composition.roles', { chairs: range(rule.chairs), viceChairs: range(rule.viceChairs), secretaries: range(rule.secretaries) })} ·{' '}
        {t(rule.secretaryScores ? 'councils.composition.secretaryScores' : 'councils.composition.secretaryNotScoring')}
      </List.Item>
      <List.Item>{t('councils.composition.external', { count: rule.minExternal })}</List.Item>
      <List.Item>{t(rule.proposerMayServe ? 'councils.composition.proposerMayServe' : 'councils.composition.proposerMayNotServe')}</List.Item>
      <List.Item>
        {t('councils.composition.quorum', { minScorers: rule.quorum.minScorers, share })}
        {rule.quorum.presidingRequired ? `, ${t('councils.composition.presiding')}` : ''}
      </List.Item>
    </List>
  );
}
