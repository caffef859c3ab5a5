import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { organisationKinds } from '../../domain/organisations/organisation-kinds.js';

/** The kinds of organisation, named in the UI language. */
export function OrganisationKindSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  const data = organisationKinds.map((kind) => ({ value: kind, label: t(`organisations.kinds.${kind}`) }));
  return <Select data={data} allowDeselect={false} {...props} />;
}
