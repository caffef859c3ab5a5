import { useTranslation } from 'react-i18next';
import type { OfferDetail } from '../../../../shared/catalogue/offer.schemas.js';
import { codeBadges } from '../../../components/catalogue/code-badges.js';
import { DetailSection } from '../../../components/catalogue/detail-section.js';
import { FactList } from '../../../components/catalogue/fact-list.js';
import { formatVnd } from '../../../components/catalogue/money.js';
import { useCodeLabels } from '../../../components/catalogue/use-code-labels.js';
import { InterestButton } from '../../../components/connections/interest-button.js';
import { OfferMatchesSection } from './offer-matches-section.js';
import { RecordDetailPage } from '../record/record-detail-page.js';
import { useRecordFacts } from '../record/record-facts.js';

type Offer = OfferDetail;

function OfferFacts({ offer }: { offer: Offer }) {
  const { t, i18n } = useTranslation();
  const facts = useRecordFacts();
  const right = useCodeLabels('transfer-right');
  const mode = useCodeLabels('transfer-mode');
  const f = facts.label;
  return (
    <FactList
      facts={[
        facts.trl('trl', offer.trl),
        ...facts.classification(offer),
        { label: f('ipStatus'), value: offer.ipStatus ? t(`catalogue.ipStatuses.${offer.ipStatus}`, { defaultValue: offer.ipStatus }) : null },
        { label: f('ipNumbers'), value: offer.ipNumbers.join(', ') },
        facts.dealTypes('transferForms', offer.transferForms),
        { label: f('transferRights'), value: codeBadges(offer.transferRights, right) },
        { label: f('transferModes'), value: codeBadges(offer.transferModes, mode) },
        { label: f('priceVnd'), value: formatVnd(offer.priceVnd, i18n.language) ?? f('priceNegotiable') },
        { label: f('owner'), value: offer.ownerName },
        { label: f('ownerType'), value: offer.ownerType ? t(`catalogue.ownerTypes.${offer.ownerType}`, { defaultValue: offer.ownerType }) : null },
        ...facts.place(offer),
        ...facts.dates(offer),
      ]}
    />
  );
}

/** /offers/:id — a technology offer as anyone (or its editors, with actions) sees it. */
export function OfferDetailPage() {
  const { t } = useTranslation();
  return (
    <RecordDetailPage<Offer>
      segment="offers"
      heading={(offer) => ({ title: offer.title, subtitle: offer.translatedTitle })}
      main={(offer) => (
        <>
          <DetailSection title={t('catalogue.fields.summary')} text={offer.summary ?? offer.translatedSummary} />
          <DetailSection title={t('catalogue.fields.description')} text={offer.description} />
          <DetailSection title={t('catalogue.form.sections.classification')}>
            <OfferFacts offer={offer} />
          </DetailSection>
          {/* The whole offer (with abilities) comes only to its owner and the staff who work it: they see its leads. */}
          {offer.status === 'published' && offer.abilities && <OfferMatchesSection offerId={offer.id} canConnect={offer.abilities.canEdit} />}
        </>
      )}
      aside={(offer) => offer.status === 'published' && <InterestButton offerId={offer.id} ownerOrganisationId={offer.ownerOrganisationId} />}
      contact={(offer) => ({ name: offer.contactName, email: offer.contactEmail, phone: offer.contactPhone })}
    />
  );
}
