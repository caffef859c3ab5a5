import { RangeSlider, Slider, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TRL_RANGE } from '../../pages/catalogue/search/search-state.js';
import { useDraft } from '../../lib/use-draft.js';

type Props = {
  min: number | null;
  max: number | null;
  /** Demands filter by the lowest TRL only, so they get one thumb. */
  minOnly?: boolean;
  onChange: (min: number, max: number | null) => void;
};

const marks = Array.from({ length: TRL_RANGE[1] }, (_, i) => ({ value: i + 1, label: String(i + 1) }));

/** TRL 1–9 as a two-thumb slider; the search runs when the thumb is released, not while dragging. */
export function TrlRangeFilter({ min, max, minOnly = false, onChange }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useDraft<[number, number]>([min ?? TRL_RANGE[0], max ?? TRL_RANGE[1]], (a, b) => a[0] === b[0] && a[1] === b[1]);
  return (
    <div>
      <Text size="sm" fw={500} id="trl-range-label">
        {t('catalogue.search.trlRange')}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {minOnly ? t('catalogue.search.trlAtLeast', { min: value[0] }) : t('catalogue.search.trlValue', { min: value[0], max: value[1] })}
      </Text>
      {minOnly ? (
        <Slider
          min={TRL_RANGE[0]}
          max={TRL_RANGE[1]}
          step={1}
          marks={marks}
          value={value[0]}
          onChange={(from) => setValue([from, TRL_RANGE[1]])}
          onChangeEnd={(from) => onChange(from, null)}
          thumbLabel={t('catalogue.search.trlRange')}
          mb="lg"
          mx={4}
        />
      ) : (
        <RangeSlider
          min={TRL_RANGE[0]}
          max={TRL_RANGE[1]}
          step={1}
          minRange={0}
          marks={marks}
          value={value}
          onChange={setValue}
          onChangeEnd={([from, to]) => onChange(from, to)}
          thumbFromLabel={t('catalogue.search.trlRange')}
          thumbToLabel={t('catalogue.search.trlRange')}
          mb="lg"
          mx={4}
        />
      )}
    </div>
  );
}
