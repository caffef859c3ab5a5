import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dealTypes } from '../../../../shared/catalogue/catalogue.schemas.js';
import type { Facets } from '../../../api/catalogue.js';
import { FacetFilter } from '../../../components/catalogue/facet-filter.js';
import { TrlRangeFilter } from '../../../components/catalogue/trl-range-filter.js';
import { activeFilterCount, withoutFilters, type FacetKey, type SearchState } from './search-state.js';

type Props = {
  state: SearchState;
  facets: Facets;
  /** Which filters this list offers (experts have no TRL, for instance). */
  facetKeys: readonly FacetKey[];
  /** TRL filter: a range (offers), a minimum (demands) or none (experts). */
  trl: 'range' | 'min' | null;
  /** The counts are estimates (a very large result). */
  estimated: boolean;
  onChange: (change: (current: SearchState) => SearchState) => void;
};

/** The filter column (or drawer on a phone): facets with counts and the TRL range. */
export function SearchFilters({ state, facets, estimated, facetKeys, trl, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {trl && (
        <TrlRangeFilter
          min={state.trlMin}
          max={state.trlMax}
          minOnly={trl === 'min'}
          onChange={(min, max) => onChange((s) => ({ ...s, trlMin: min, trlMax: max }))}
        />
      )}
      {facetKeys.map((key) => (
        <FacetFilter
          key={key}
          facet={key}
          counts={key === 'transferForm' ? undefined : facets[key]}
          estimated={estimated}
          options={key === 'transferForm' ? dealTypes : undefined}
          single={key === 'language'}
          selected={state.facets[key]}
          onChange={(values) => onChange((s) => ({ ...s, facets: { ...s.facets, [key]: values } }))}
        />
      ))}
      {activeFilterCount(state) > 0 && (
        <Button variant="subtle" onClick={() => onChange(withoutFilters)}>
          {t('catalogue.search.clearFilters')}
        </Button>
      )}
    </Stack>
  );
}
