import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth.js';
import { useCursorList } from '../../api/cursor-list.js';
import { organisationKeys, type OrganisationPublic } from '../../api/organisations.js';

/**
 * The organisation a record belongs to: the caller's own organisations first; connection-point
 * and agency staff can also search the directory to enter a record on an enterprise's behalf.
 */
export function OwnerOrganisationSelect(props: Omit<SelectProps, 'data' | 'searchable' | 'onSearchChange'>) {
  const { t } = useTranslation();
  const me = useMe();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const staff = !!me.data?.abilities.postOnBehalf;
  const directory = useCursorList<OrganisationPublic>(organisationKeys.directory, '/api/organisations', { q: q || undefined }, staff);
  const data = useMemo(() => {
    const options = new Map<string, string>();
    for (const m of me.data?.memberships ?? []) options.set(m.organisationId, m.organisationName);
    for (const o of directory.items) if (!options.has(o.id)) options.set(o.id, o.nameVi);
    return [...options].map(([value, label]) => ({ value, label }));
  }, [me.data, directory.items]);
  return (
    <Select
      searchable
      data={data}
      onSearchChange={staff ? setSearch : undefined}
      filter={staff ? ({ options }) => options : undefined}
      nothingFoundMessage={t('catalogue.search.noOptions')}
      {...props}
    />
  );
}
