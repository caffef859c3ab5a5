import { Alert, Button, Container, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { useOrganisation, useUpdateOrganisation, type OrganisationDetail } from '../../api/organisations.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { emptyOrganisation, OrganisationFormFields, toOrganisationInput, useOrganisationForm, type OrganisationFormValues } from './organisation-form.js';

function toFormValues(organisation: OrganisationDetail): OrganisationFormValues {
  return {
    ...emptyOrganisation,
    kind: organisation.kind,
    nameVi: organisation.nameVi,
    nameEn: organisation.nameEn ?? '',
    country: organisation.country,
    province: organisation.province?.code ?? null,
    vsicSections: organisation.vsicSections,
    size: organisation.size,
    website: organisation.website ?? '',
    description: organisation.description ?? '',
    ...(organisation.view === 'private'
      ? { taxCode: organisation.taxCode ?? '', address: organisation.address ?? '', email: organisation.email ?? '', phone: organisation.phone ?? '' }
      : {}),
  };
}

/** Only what the person changed, so fields they could not see are never overwritten. */
function changedFields<T extends object>(input: T, isDirty: (field: string) => boolean): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([field]) => isDirty(field))) as Partial<T>;
}

function EditForm({ organisation, onReload }: { organisation: OrganisationDetail; onReload: () => Promise<OrganisationDetail | undefined> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateOrganisation(organisation.id);
  const form = useOrganisationForm(toFormValues(organisation));
  const conflict = update.error instanceof ApiError && update.error.code === 'VERSION_CONFLICT';
  const reload = async () => {
    const fresh = await onReload();
    if (fresh) form.setValues(toFormValues(fresh));
    update.reset();
  };
  const notice = conflict ? (
    <Alert color="orange" role="alert" title={t('organisations.conflictTitle')}>
      {t('organisations.conflictText')}
      <Button mt="sm" size="xs" variant="white" onClick={() => void reload()}>
        {t('organisations.reloadLatest')}
      </Button>
    </Alert>
  ) : update.isError && Object.keys(form.errors).length === 0 ? (
    <Alert color="red" role="alert">
      {errorText(t, update.error)}
    </Alert>
  ) : null;
  return (
    <OrganisationFormFields
      form={form}
      notice={notice}
      submitting={update.isPending}
      submitLabel={t('common.save')}
      onSubmit={(values) =>
        update.mutate(
          { ...changedFields(toOrganisationInput(values), (field) => form.isDirty(field)), version: organisation.version },
          { onSuccess: () => void navigate(`/organisations/${organisation.id}`), onError: (error) => applyFieldErrors(form, error) },
        )
      }
    />
  );
}

/** Edits with optimistic locking: a stale version gets 409, and the user reloads the latest. */
export function EditOrganisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  return (
    <Container size="md" px={0}>
      <PageTitle>{t('organisations.editTitle')}</PageTitle>
      {organisation.isLoading && <LoadingState lines={8} />}
      {organisation.isError && <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />}
      {organisation.data && (
        <Paper withBorder p="lg">
          <EditForm organisation={organisation.data} onReload={() => organisation.refetch().then((r) => r.data)} />
        </Paper>
      )}
    </Container>
  );
}
