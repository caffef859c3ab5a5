import { useTranslation } from 'react-i18next';
import type { DemandDetail } from '../../../../shared/catalogue/demand.schemas.js';
import { DetailSection } from '../../../components/catalogue/detail-section.js';
import { FactList } from '../../../components/catalogue/fact-list.js';
import { formatVnd } from '../../../components/catalogue/money.js';
import { RecordDetailPage } from '../record/record-detail-page.js';
import { useRecordFacts } from '../record/record-facts.js';
import { DemandConfidentialSection } from './demand-confidential-section.js';
import { DemandMatchesSection } from './demand-matches-section.js';

type Demand = DemandDetail;

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
  const facts = useRecordFacts();
  const budget = useBudgetText(demand);
  const f = facts.label;
  return (
    <FactList
      facts={[
        ...facts.classification(demand),
        facts.trl('minTrl', demand.minTrl),
        { label: f('budget'), value: budget },
        { label: f('deadline'), value: facts.date(demand.deadline) },
        facts.dealTypes('preferredTransferForms', demand.preferredTransferForms),
        { label: f('seekAbroad'), value: demand.seekAbroad ? t('catalogue.detail.seekAbroadYes') : null },
        facts.countries('targetCountries', demand.targetCountries),
        { label: f('organisation'), value: demand.ownerName },
        ...facts.place(demand),
        ...facts.dates(demand),
      ]}
    />
  );
}

/** /demands/:id — the public part for everyone; the confidential part only when the API sends it. */
export function DemandDetailPage() {
  const { t } = useTranslation();
  return (
    <RecordDetailPage<Demand>
      segment="demands"
      heading={(demand) => ({ title: demand.title, subtitle: demand.translatedTitle })}
      main={(demand) => (
        <>
          <DetailSection title={t('catalogue.fields.publicSummary')} text={demand.publicSummary} />
          <DemandConfidentialSection details={demand.confidentialDetails} />
          <DetailSection title={t('catalogue.form.sections.needs')}>
            <DemandFacts demand={demand} />
          </DetailSection>
          {matchedStatuses.includes(demand.status) && <DemandMatchesSection demandId={demand.id} canConnect={demand.abilities?.canEdit ?? false} />}
        </>
      )}
      contact={(demand) => ({ name: demand.contactName, email: demand.contactEmail, phone: demand.contactPhone })}
    />
  );
}
