import { Grid, Stack } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCatalogueRecord, type Abilities, type RecordSegment } from '../../../api/catalogue.js';
import { AttachmentsSection } from '../../../components/catalogue/attachments-section.js';
import { ContactSection } from '../../../components/catalogue/contact-section.js';
import { RecordHeader } from '../../../components/catalogue/record-header.js';
import { RecordPageState } from '../../../components/catalogue/record-page-state.js';
import { NotInterestedButton } from '../../saved-searches/not-interested-button.js';
import { ListingOutcomePanel } from '../../listing-outcomes/listing-outcome-panel.js';

/** What every record's page shows: its abilities and workflow come only to those who may edit or moderate it. */
type DetailRecord = { id: string; status: string; abilities?: Abilities; returnReason?: string | null };

type Props<R extends DetailRecord> = {
  segment: RecordSegment;
  heading: (record: R) => { title: string; subtitle: string | null };
  /** The main column: texts and facts. */
  main: (record: R) => ReactNode;
  /** Above the contact in the side column. */
  aside?: (record: R) => ReactNode;
  contact: (record: R) => { name?: string | null; email?: string | null; phone?: string | null };
};

/** /{segment}/:id — a record as the caller may see it, with the actions its abilities allow, contact and files. */
export function RecordDetailPage<R extends DetailRecord>({ segment, heading, main, aside, contact }: Props<R>) {
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
              <Stack gap="md">{main(record)}</Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                {aside?.(record)}
                {record.abilities && segment !== 'experts' && <ListingOutcomePanel segment={segment} id={record.id} />}
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
