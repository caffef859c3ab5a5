import { Grid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { z } from 'zod';
import type { DemandDetail } from '../../../../shared/catalogue/demand.schemas.js';
import { useCatalogueRecord } from '../../../api/catalogue.js';
import { AttachmentsSection } from '../../../components/catalogue/attachments-section.js';
import { codeBadges } from '../../../components/catalogue/code-badges.js';
import { ContactSection } from '../../../components/catalogue/contact-section.js';
import { DetailSection } from '../../../components/catalogue/detail-section.js';
import { FactList } from '../../../components/catalogue/fact-list.js';
import { formatVnd } from '../../../components/catalogue/money.js';
import { RecordHeader } from '../../../components/catalogue/record-header.js';
import { RecordPageState } from '../../../components/catalogue/record-page-state.js';
import { useCodeLabels, useProvinceLabels } from '../../../components/catalogue/use-code-labels.js';
import { DateTime } from '../../../components/date-time.js';
import { DemandConfidentialSection } from './demand-confidential-section.js';
import { DemandMatchesSection } from './demand-matches-section.js';

type Demand = z.infer<typeof DemandDetail>;

// Statuses in which a demand is matched and may be connected to an offer.
const matchedStatuses = ['open', 'connecting'];

function useBudgetText(demand: Demand): string | null {
  const { t, i18n } = useTranslation();
  const from = formatVnd(demand.budgetMinVnd, i18n.language);
  const to = formatVnd(demand.budgetMaxVnd, i18n.language);
  if (from && to) return from === to ? from : `${from} – ${to}`;
  if (from) return t('catalogue.budgetRange.from', { amount: from });
  if (to) return t('catalogue.budgetRange.to', { amount: to });
  return null;
}

function DemandFacts({ demand }: { demand: Demand }) {
  const { t } = useTranslation();
  const field = useCodeLabels('st-field');
  const sector = useCodeLabels('vsic-section');
  const country = useCodeLabels('country');
  const province = useProvinceLabels();
  const budget = useBudgetText(demand);
  const f = (key: string) => t(`catalogue.fields.${key}`);
  const sectors = [...new Set([demand.sectorCode, ...demand.vsicSections].filter((c): c is string => Boolean(c)))];
  return (
    <FactList
      facts={[
        { label: f('fieldCodes'), value: codeBadges(demand.fieldCodes, field) },
        { label: f('sectorCodes'), value: codeBadges(sectors, (c) => `${c} – ${sector(c)}`) },
        { label: f('minTrl'), value: demand.minTrl ? t('catalogue.detail.trlLevel', { level: demand.minTrl }) : null },
        { label: f('keywords'), value: demand.keywords.join(', ') },
        { label: f('budget'), value: budget },
        { label: f('deadline'), value: demand.deadline ? <DateTime value={demand.deadline} dateOnly /> : null },
        {
          label: f('preferredTransferForms'),
          value: codeBadges(demand.preferredTransferForms, (c) => t(`catalogue.transferForms.${c}`, { defaultValue: c })),
        },
        { label: f('seekAbroad'), value: demand.seekAbroad ? t('catalogue.detail.seekAbroadYes') : null },
        { label: f('targetCountries'), value: codeBadges(demand.targetCountries, country) },
        { label: f('organisation'), value: demand.ownerName },
        { label: f('province'), value: province(demand.provinceCode ?? demand.legacyProvinceCode) },
        { label: f('country'), value: country(demand.country) },
        { label: f('language'), value: t(`catalogue.languages.${demand.language}`, { defaultValue: demand.language }) },
        { label: f('publishedAt'), value: demand.publishedAt ? <DateTime value={demand.publishedAt} dateOnly /> : null },
        { label: f('validUntil'), value: demand.validUntil ? <DateTime value={demand.validUntil} dateOnly /> : null },
      ]}
    />
  );
}

/** /demands/:id — the public part for everyone; the confidential part only when the API sends it. */
export function DemandDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCatalogueRecord<Demand>('demands', id);
  return (
    <RecordPageState query={query}>
      {(demand) => (
        <>
          <RecordHeader
            segment="demands"
            id={demand.id}
            title={demand.title}
            subtitle={demand.translatedTitle}
            status={demand.status}
            abilities={demand.abilities}
            returnReason={demand.returnReason}
          />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="md">
                <DetailSection title={t('catalogue.fields.publicSummary')} text={demand.publicSummary} />
                {demand.confidentialDetails && <DemandConfidentialSection details={demand.confidentialDetails} />}
                <DetailSection title={t('catalogue.form.sections.needs')}>
                  <DemandFacts demand={demand} />
                </DetailSection>
                {matchedStatuses.includes(demand.status) && <DemandMatchesSection demandId={demand.id} canConnect={demand.abilities?.canEdit ?? false} />}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                <ContactSection name={demand.contactName} email={demand.contactEmail} phone={demand.contactPhone} />
                <AttachmentsSection segment="demands" id={demand.id} canEdit={demand.abilities?.canEdit ?? false} />
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </RecordPageState>
  );
}
