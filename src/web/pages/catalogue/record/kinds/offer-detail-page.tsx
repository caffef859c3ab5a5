import { useTranslation } from 'react-i18next';
import type { OfferDetail } from '../../../../../shared/catalogue/offer.schemas.js';
import { codeBadges } from '../../../../components/catalogue/code-badges.js';
import { DetailSection } from '../../../../components/catalogue/detail-section.js';
import { formatVnd } from '../../../../components/catalogue/money.js';
import { useCodeLabels } from '../../../../components/catalogue/use-code-labels.js';
import { InterestButton } from '../../../../components/connections/interest-button.js';
import { listingContact, listingHeading, RecordDetailPage } from '../record-detail-page.js';
import { OfferMatchesSection } from './offer-matches-section.js';

/** /offers/:id — a technology offer as anyone (or its editors, with actions) sees it. */
export function OfferDetailPage() {
  const { t, i18n } = useTranslation();
  const right = useCodeLabels('transfer-right');
  const mode = useCodeLabels('transfer-mode');
  return (
    <RecordDetailPage<OfferDetail>
      segment="offers"
      heading={listingHeading}
      texts={(offer) => (
        <>
          <DetailSection title={t('catalogue.fields.summary')} text={offer.summary ?? offer.translatedSummary} />
          <DetailSection title={t('catalogue.fields.description')} text={offer.description} />
        </>
      )}
      factsSection="classification"
      facts={(offer, facts) => [
        facts.trl('trl', offer.trl),
        ...facts.classification(offer),
        { label: facts.label('ipStatus'), value: offer.ipStatus ? t(`catalogue.ipStatuses.${offer.ipStatus}`, { defaultValue: offer.ipStatus }) : null },
        { label: facts.label('ipNumbers'), value: offer.ipNumbers.join(', ') },
        facts.dealTypes('transferForms', offer.transferForms),
        { label: facts.label('transferRights'), value: codeBadges(offer.transferRights, right) },
        { label: facts.label('transferModes'), value: codeBadges(offer.transferModes, mode) },
        { label: facts.label('priceVnd'), value: formatVnd(offer.priceVnd, i18n.language) ?? facts.label('priceNegotiable') },
        { label: facts.label('owner'), value: offer.ownerName },
        { label: facts.label('ownerType'), value: offer.ownerType ? t(`catalogue.ownerTypes.${offer.ownerType}`, { defaultValue: offer.ownerType }) : null },
      ]}
      // The whole offer (with abilities) comes only to its owner and the staff who work it: they see its leads.
      below={(offer) => offer.status === 'published' && offer.abilities && <OfferMatchesSection offerId={offer.id} canConnect={offer.abilities.canEdit} />}
      aside={(offer) => offer.status === 'published' && <InterestButton offerId={offer.id} ownerOrganisationId={offer.ownerOrganisationId} />}
      contact={listingContact}
    />
  );
}
