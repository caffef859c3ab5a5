import { Alert, Container, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { useCreateOrganisation } from '../../api/organisations.js';
import { PageTitle } from '../../components/page-title.js';
import { emptyOrganisation, OrganisationFormFields, toOrganisationInput, useOrganisationForm } from './organisation-form.js';

export function CreateOrganisationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  const form = useOrganisationForm(emptyOrganisation);
  const failedWithoutFields = create.isError && Object.keys(form.errors).length === 0;
  return (
    <Container size="md" px={0}>
      <PageTitle>{t('organisations.createTitle')}</PageTitle>
      <Paper withBorder p="lg">
        <OrganisationFormFields
          form={form}
          submitting={create.isPending}
          submitLabel={t('organisations.create')}
          notice={
            failedWithoutFields && (
              <Alert color="red" role="alert">
                {errorText(t, create.error)}
              </Alert>
            )
          }
          onSubmit={(values) =>
            create.mutate(toOrganisationInput(values), {
              onSuccess: (organisation) => void navigate(`/organisations/${organisation.id}`),
              onError: (error) => applyFieldErrors(form, error),
            })
          }
        />
      </Paper>
    </Container>
  );
}
