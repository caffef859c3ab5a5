import { Alert, Button, Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../../api/auth.js';
import { useCatalogueRecord, type RecordSegment } from '../../api/catalogue.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { RecordPageState } from '../../components/catalogue/record-page-state.js';

type FormProps<T> = { record?: T; defaultOrganisation: string | null; onCancel: () => void };
type Props<T> = { segment: RecordSegment; newTitleKey: string; renderForm: (props: FormProps<T>) => ReactNode };

/** The caller's first organisation, or null; staff of a connection point may post without one. */
function useDefaultOrganisation() {
  const me = useMe();
  const data = me.data;
  const canPost = !!data?.abilities.postRecords;
  return { loading: me.isPending, canPost, organisation: data?.memberships[0]?.organisationId ?? null };
}

/** /{segment}/new: a blank form, or a way to join an organisation first. */
export function NewRecordPage<T>({ segment, newTitleKey, renderForm }: Props<T>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const owner = useDefaultOrganisation();
  if (owner.loading) return <LoadingState />;
  return (
    <Container size="md" px={0}>
      <PageTitle>{t(newTitleKey)}</PageTitle>
      {owner.canPost ? (
        renderForm({ defaultOrganisation: owner.organisation, onCancel: () => void navigate(`/${segment}`) })
      ) : (
        <Alert color="yellow" title={t('catalogue.form.noOrganisation')}>
          <Button component={Link} to="/organisations/new" size="xs" mt="xs">
            {t('catalogue.form.createOrganisation')}
          </Button>
        </Alert>
      )}
    </Container>
  );
}

/** /{segment}/:id/edit: the form filled with the record; a newer version reloads it. */
export function EditRecordPage<T extends { id: string; title?: string | null; name?: string | null; version?: number }>({
  segment,
  renderForm,
}: Omit<Props<T>, 'newTitleKey'>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useCatalogueRecord<T>(segment, id);
  return (
    <RecordPageState query={query}>
      {(record) => (
        <Container size="md" px={0}>
          <PageTitle>{t('catalogue.form.editTitle', { title: record.name ?? record.title ?? '' })}</PageTitle>
          <div key={record.version}>{renderForm({ record, defaultOrganisation: null, onCancel: () => void navigate(`/${segment}/${id}`) })}</div>
        </Container>
      )}
    </RecordPageState>
  );
}
