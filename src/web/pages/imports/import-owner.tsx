import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth.js';
import { OwnerOrganisationSelect } from '../../components/catalogue/owner-organisation-select.js';

type Props = { value: string | null; onChange: (organisationId: string | null) => void };

/** Who owns the records a file creates: the importer's own organisation unless they name another. */
export function ImportOwner({ value, onChange }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.data?.memberships[0]?.organisationId ?? null;
  return (
    <OwnerOrganisationSelect
      label={t('imports.owner.label')}
      description={t('imports.owner.hint')}
      value={value ?? own}
      onChange={(id) => onChange(id === own ? null : id)}
      allowDeselect={false}
    />
  );
}
