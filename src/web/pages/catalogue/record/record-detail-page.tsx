import { Grid, Stack } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCatalogueRecord, type Abilities, type RecordSegment } from '../../../api/catalogue.js';
import { AttachmentsSection } from '../../../components/catalogue/attachments-section.js';
import { ContactSection } from '../../../components/catalogue/contact-section.js';
import { DetailSection } from '../../../components/catalogue/detail-section.js';
import { FactList } from '../../../components/catalogue/fact-list.js';
import { RecordHeader } from '../../../components/catalogue/record-header.js';
import { RecordPageState } from '../../../components/catalogue/record-page-state.js';
import { SaveListingButton } from '../../saved-listings/save-listing-button.js';
import { NotInterestedButton } from '../../saved-searches/not-interested-button.js';
import { useRecordFacts, type Fact, type RecordFacts } from './record-facts.js';
import { ListingOutcomePanel } from '../../listing-outcomes/listing-outcome-panel.js';

/** What every record's page shows: its abilities and workflow come only to those who may edit or moderate it. */
type DetailRecord = Parameters<RecordFacts['whereAndWhen']>[0] & { id: string; status: string; abilities?: Abilities; returnReason?: string | null };

/** An offer or a demand: a title with its translation, and a named contact. */
type Listing = { title: string; translatedTitle: string | null; contactName?: string | null; contactEmail?: string | null; contactPhone?: string | null };

/** The heading of an offer or a demand: its title, and its title in the other language. */
export const listingHeading = (listing: Listing) => ({ title: listing.title, subtitle: listing.translatedTitle });
/** The contact of an offer or a demand (sent only to those who may read it). */
export const listingContact = (listing: Listing) => ({ name: listing.contactName, email: listing.contactEmail, phone: listing.contactPhone });

type Props<R extends DetailRecord> = {
  segment: RecordSegment;
  heading: (record: R) => { title: string; subtitle: string | null };
  /** The main column's texts, above the facts. */
  texts: (record: R) => ReactNode;
  /** The facts section: its title (a form section's key) and the kind's own facts; place, language and dates follow them. */
  factsSection: string;
  facts: (record: R, facts: RecordFacts) => Fact[];
  /** The main column below the facts (the matches). */
  below?: (record: R) => ReactNode;
  /** Above the contact in the side column. */
  aside?: (record: R) => ReactNode;
  contact: (record: R) => { name?: string | null; email?: string | null; phone?: string | null };
};

/** /{segment}/:id — a record as the caller may see it, with the actions its abilities allow, contact and files. */
export function RecordDetailPage<R extends DetailRecord>({ segment, heading, texts, factsSection, facts, below, aside, contact }: Props<R>) {
  const { t } = useTranslation();
  const recordFacts = useRecordFacts();
  const { id = '' } = useParams();
  const query = useCatalogueRecord<R>(segment, id);
  const navigate = useNavigate();
  const shownId = query.data?.id;
  // A merged duplicate's address answers with the record kept (the API redirects): show its own address.
  useEffect(() => {
    if (shownId && shownId !== id) void navigate(`/${segment}/${shownId}`, { replace: true });
  }, [shownId, id, segment, navigate]);
  return (
    <RecordPageState query={query}>
      {(record) => (
        <>
          <RecordHeader
            segment={segment}
            id={record.id}
            status={record.status}
            abilities={record.abilities}
            returnReason={record.returnReason}
            {...heading(record)}
          />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="md">
                {texts(record)}
                <DetailSection title={t(`catalogue.form.sections.${factsSection}`)}>
                  <FactList facts={[...facts(record, recordFacts), ...recordFacts.whereAndWhen(record)]} />
                </DetailSection>
                {below?.(record)}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                {aside?.(record)}
                {record.abilities && segment !== 'experts' && <ListingOutcomePanel segment={segment} id={record.id} />}
                <SaveListingButton segment={segment} recordId={record.id} />
                <NotInterestedButton segment={segment} recordId={record.id} />
                <ContactSection {...contact(record)} />
                <AttachmentsSection segment={segment} id={record.id} canEdit={record.abilities?.canEdit ?? false} />
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </RecordPageState>
  );
}
