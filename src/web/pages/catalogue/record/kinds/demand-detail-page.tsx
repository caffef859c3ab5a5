import { useTranslation } from 'react-i18next';
import type { DemandDetail } from '../../../../../shared/catalogue/demand.schemas.js';
import { DetailSection } from '../../../../components/catalogue/detail-section.js';
import { formatVnd } from '../../../../components/catalogue/money.js';
import { listingContact, listingHeading, RecordDetailPage } from '../record-detail-page.js';
import { DemandConfidentialSection } from './demand-confidential-section.js';
import { DemandMatchesSection } from './demand-matches-section.js';

// Statuses in which a demand is matched and may be connected to an offer.
const matchedStatuses = ['open', 'connecting'];

/** "from – to", "from …", "up to …" or nothing. */
function useBudgetText() {
  const { t, i18n } = useTranslation();
  return (demand: DemandDetail): string | null => {
    const from = formatVnd(demand.budgetMinVnd, i18n.language);
    const to = formatVnd(demand.budgetMaxVnd, i18n.language);
    if (from && to) return from === to ? from : `${from} – ${to}`;
    if (from) return t('catalogue.budgetRange.from', { amount: from });
    if (to) return t('catalogue.budgetRange.to', { amount: to });
    return null;
  };
}

/** /demands/:id — the public part for everyone; the confidential part only when the API sends it. */
export function DemandDetailPage() {
  const { t } = useTranslation();
  const budget = useBudgetText();
  return (
    <RecordDetailPage<DemandDetail>
      segment="demands"
      heading={listingHeading}
      texts={(demand) => (
        <>
          <DetailSection title={t('catalogue.fields.publicSummary')} text={demand.publicSummary} />
          <DemandConfidentialSection details={demand.confidentialDetails} />
        </>
      )}
      factsSection="needs"
      facts={(demand, facts) => [
        ...facts.classification(demand),
        facts.trl('minTrl', demand.minTrl),
        { label: facts.label('budget'), value: budget(demand) },
        { label: facts.label('deadline'), value: facts.date(demand.deadline) },
        facts.dealTypes('preferredTransferForms', demand.preferredTransferForms),
        { label: facts.label('seekAbroad'), value: demand.seekAbroad ? t('catalogue.detail.seekAbroadYes') : null },
        facts.countries('targetCountries', demand.targetCountries),
        { label: facts.label('organisation'), value: demand.ownerName },
      ]}
      below={(demand) =>
        matchedStatuses.includes(demand.status) && <DemandMatchesSection demandId={demand.id} canConnect={demand.abilities?.canEdit ?? false} />
      }
      contact={listingContact}
    />
  );
}
