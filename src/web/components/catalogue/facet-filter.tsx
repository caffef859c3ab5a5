import { Badge, Checkbox, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FacetCount } from '../../api/catalogue.js';
import { foldFilter } from '../../lib/fold-filter.js';
import { formatCount } from '../../lib/format-count.js';
import type { FacetKey } from '../../pages/catalogue/search/search-state.js';
import { useFacetLabel } from './use-facet-label.js';

const filter = foldFilter();
/** Up to this many values show as checkboxes; longer lists (provinces, fields) become a searchable select. */
const CHECKBOX_LIMIT = 8;

type Props = {
  facet: FacetKey;
  /** Values with their result counts; a filter without counts lists `options` instead. */
  counts?: FacetCount[];
  /** The counts are estimates, shown rounded with "≈". */
  estimated?: boolean;
  options?: readonly string[];
  /** Only one value at a time (the API takes one language). */
  single?: boolean;
  selected: string[];
  onChange: (values: string[]) => void;
};

/** One filter with the number of results each value would give. */
export function FacetFilter({ facet, counts = [], estimated = false, options = [], single = false, selected, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const label = useFacetLabel(facet);
  const title = t(`catalogue.search.facets.${facet}`);
  // A value chosen from a shared link stays visible even when it has no results now.
  const listed = counts.length > 0 ? counts.map((c) => c.code) : [...options];
  const codes = [...listed, ...selected.filter((code) => !listed.includes(code))];
  const withCounts = counts.length > 0;
  const countOf = (code: string) => formatCount(counts.find((c) => c.code === code)?.count ?? 0, i18n.language, estimated);
  const change = (values: string[]) => onChange(single ? values.filter((v) => !selected.includes(v)).slice(-1) : values);
  if (codes.length === 0) return null;

  if (codes.length <= CHECKBOX_LIMIT) {
    return (
      <Checkbox.Group label={title} value={selected} onChange={change}>
        <Stack gap={6} mt={6}>
          {codes.map((code) => (
            <Checkbox
              key={code}
              value={code}
              styles={{ body: { width: '100%' }, labelWrapper: { flex: 1 } }}
              label={
                <Group gap={6} wrap="nowrap" justify="space-between" w="100%">
                  <Text size="sm">{label(code)}</Text>
                  {withCounts && (
                    // A long label must not squeeze the count ("96" shown as "9.").
                    <Badge size="sm" variant="light" color="gray" style={{ flexShrink: 0 }}>
                      {countOf(code)}
                    </Badge>
                  )}
                </Group>
              }
            />
          ))}
        </Stack>
      </Checkbox.Group>
    );
  }
  return (
    <MultiSelect
      label={title}
      placeholder={selected.length === 0 ? t('catalogue.search.facetPlaceholder') : undefined}
      searchable
      clearable
      filter={filter}
      nothingFoundMessage={t('catalogue.search.noOptions')}
      data={codes.map((code) => ({ value: code, label: withCounts ? `${label(code)} (${countOf(code)})` : label(code) }))}
      value={selected}
      onChange={onChange}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
