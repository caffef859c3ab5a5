import { Alert, Container } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useCatalogueRecord, type RecordSegment } from '../../../api/catalogue.js';
import { useEvent } from '../../../api/events.js';
import { LoadingState } from '../../../components/loading-state.js';
import { PageTitle } from '../../../components/page-title.js';
import { RecordPageState } from '../../../components/catalogue/record-page-state.js';
import { JoinOrganisationAlert } from '../work-list.js';
import type { FormRecord, KindFormProps } from './record-form.js';
import { useCanPostRecords } from './use-can-post.js';

type Props = { segment: RecordSegment; Form: ComponentType<KindFormProps> };

/** /{segment}/new: a blank form owned by the caller's first organisation, or a way to join an organisation first. */
export function NewRecordPage({ segment, Form, titleKey }: Props & { titleKey: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { loading, canPost, defaultOrganisation } = useCanPostRecords();
  const sourceEventId = useSearchParams()[0].get('event') ?? undefined;
  const sourceEvent = useEvent(sourceEventId ?? '', !!sourceEventId);
  if (loading) return <LoadingState />;
  return (
    <Container size="md" px={0}>
      <PageTitle>{t(titleKey)}</PageTitle>
      {sourceEvent.data && (
        <Alert variant="light" mb="md">
          {t('catalogue.form.atEvent', { name: sourceEvent.data.name })}
        </Alert>
      )}
      {canPost ? (
        <Form
          defaultOrganisation={defaultOrganisation}
          sourceEventId={sourceEventId}
          onCancel={() => void navigate(sourceEventId ? `/events/${sourceEventId}` : `/${segment}`)}
        />
      ) : (
        <JoinOrganisationAlert title={t('catalogue.form.noOrganisation')} />
      )}
    </Container>
  );
}

/** /{segment}/:id/edit: the form filled with the record; a newer version reloads it. */
export function EditRecordPage({ segment, Form }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useCatalogueRecord<FormRecord & { title?: string | null; name?: string | null }>(segment, id);
  return (
    <RecordPageState query={query}>
      {(record) => (
        <Container size="md" px={0}>
          <PageTitle>{t('catalogue.form.editTitle', { title: record.name ?? record.title ?? '' })}</PageTitle>
          <div key={record.version}>
            <Form record={record} defaultOrganisation={null} onCancel={() => void navigate(`/${segment}/${id}`)} />
          </div>
        </Container>
      )}
    </RecordPageState>
  );
}
