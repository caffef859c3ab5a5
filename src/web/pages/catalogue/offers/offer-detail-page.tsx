import { Grid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { z } from 'zod';
import type { OfferDetail } from '../../../../shared/catalogue/offer.schemas.js';
import { useCatalogueRecord } from '../../../api/catalogue.js';
import { codeBadges } from '../../../components/catalogue/code-badges.js';
import { AttachmentsSection } from '../../../components/catalogue/attachments-section.js';
import { ContactSection } from '../../../components/catalogue/contact-section.js';
import { DetailSection } from '../../../components/catalogue/detail-section.js';
import { FactList } from '../../../components/catalogue/fact-list.js';
import { formatVnd } from '../../../components/catalogue/money.js';
import { RecordHeader } from '../../../components/catalogue/record-header.js';
import { RecordPageState } from '../../../components/catalogue/record-page-state.js';
import { useCodeLabels, useProvinceLabels } from '../../../components/catalogue/use-code-labels.js';
import { InterestButton } from '../../../components/connections/interest-button.js';
import { DateTime } from '../../../components/date-time.js';

type Offer = z.infer<typeof OfferDetail>;

function OfferFacts({ offer }: { offer: Offer }) {
  const { t, i18n } = useTranslation();
  const field = useCodeLabels('st-field');
  const sector = useCodeLabels('vsic-section');
  const country = useCodeLabels('country');
  const right = useCodeLabels('transfer-right');
  const mode = useCodeLabels('transfer-mode');
  const province = useProvinceLabels();
  const f = (key: string) => t(`catalogue.fields.${key}`);
  const sectors = [...new Set([offer.sectorCode, ...offer.vsicSections].filter((c): c is string => Boolean(c)))];
  return (
    <FactList
      facts={[
        { label: f('trl'), value: offer.trl ? t('catalogue.detail.trlLevel', { level: offer.trl }) : null },
        { label: f('fieldCodes'), value: codeBadges(offer.fieldCodes, field) },
        { label: f('sectorCodes'), value: codeBadges(sectors, (c) => `${c} – ${sector(c)}`) },
        { label: f('keywords'), value: offer.keywords.join(', ') },
        { label: f('ipStatus'), value: offer.ipStatus ? t(`catalogue.ipStatuses.${offer.ipStatus}`, { defaultValue: offer.ipStatus }) : null },
        { label: f('ipNumbers'), value: offer.ipNumbers.join(', ') },
        { label: f('transferForms'), value: codeBadges(offer.transferForms, (c) => t(`catalogue.transferForms.${c}`, { defaultValue: c })) },
        { label: f('transferRights'), value: codeBadges(offer.transferRights, right) },
        { label: f('transferModes'), value: codeBadges(offer.transferModes, mode) },
        { label: f('priceVnd'), value: formatVnd(offer.priceVnd, i18n.language) ?? f('priceNegotiable') },
        { label: f('owner'), value: offer.ownerName },
        { label: f('ownerType'), value: offer.ownerType ? t(`catalogue.ownerTypes.${offer.ownerType}`, { defaultValue: offer.ownerType }) : null },
        { label: f('country'), value: country(offer.country) },
        { label: f('province'), value: province(offer.provinceCode ?? offer.legacyProvinceCode) },
        { label: f('language'), value: t(`catalogue.languages.${offer.language}`, { defaultValue: offer.language }) },
        { label: f('publishedAt'), value: offer.publishedAt ? <DateTime value={offer.publishedAt} dateOnly /> : null },
        { label: f('validUntil'), value: offer.validUntil ? <DateTime value={offer.validUntil} dateOnly /> : null },
      ]}
    />
  );
}

/** /offers/:id — a technology offer as anyone (or its editors, with actions) sees it. */
export function OfferDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCatalogueRecord<Offer>('offers', id);
  return (
    <RecordPageState query={query}>
      {(offer) => (
        <>
          <RecordHeader
            segment="offers"
            id={offer.id}
            title={offer.title}
            subtitle={offer.translatedTitle}
            status={offer.status}
            abilities={offer.abilities}
            returnReason={offer.returnReason}
          />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="md">
                <DetailSection title={t('catalogue.fields.summary')} text={offer.summary ?? offer.translatedSummary} />
                <DetailSection title={t('catalogue.fields.description')} text={offer.description} />
                <DetailSection title={t('catalogue.form.sections.classification')}>
                  <OfferFacts offer={offer} />
                </DetailSection>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                {offer.status === 'published' && <InterestButton offerId={offer.id} ownerOrganisationId={offer.ownerOrganisationId} />}
                <ContactSection name={offer.contactName} email={offer.contactEmail} phone={offer.contactPhone} />
                <AttachmentsSection segment="offers" id={offer.id} canEdit={offer.abilities?.canEdit ?? false} />
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </RecordPageState>
  );
}
