import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { glossarySectors } from '../../../shared/matching/glossary.schemas.js';

const namedSectors: readonly string[] = glossarySectors;

/** A sector's name in the reader's language; an older free-text sector is shown as it was written. */
export function useSectorLabel() {
  const { t } = useTranslation();
  return (sector: string | null | undefined) => (sector && namedSectors.includes(sector) ? t(`admin.glossary.sectors.${sector}`) : (sector ?? ''));
}

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value: string; onChange: (sector: string) => void };

/** The glossary's sector picked by its name (the code is what is saved), never typed as a code. */
export function GlossarySectorSelect({ value, onChange, ...rest }: Props) {
  const label = useSectorLabel();
  const codes = value && !namedSectors.includes(value) ? [...namedSectors, value] : namedSectors;
  const data = codes.map((code) => ({ value: code, label: label(code) })).sort((a, b) => a.label.localeCompare(b.label));
  return <Select {...rest} data={data} value={value || null} onChange={(next) => onChange(next ?? '')} searchable clearable />;
}
