import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeLabels } from '../../components/catalogue/use-code-labels.js';
import { CountrySelect } from '../../components/country-select.js';

type Props = { countries: string[] | null; value: string | null; onChange: (code: string | null) => void; clearable?: boolean; placeholder?: string };

/** The countries a representative office covers, or (for network staff) any country. */
export function CountryFilter({ countries, value, onChange, clearable = true, placeholder }: Props) {
  const { t } = useTranslation();
  const country = useCodeLabels('country');
  const label = t('foreignSearch.queue.country');
  if (!countries) return <CountrySelect label={label} placeholder={placeholder} clearable={clearable} value={value} onChange={onChange} />;
  const data = countries.map((code) => ({ value: code, label: country(code) }));
  return <Select label={label} placeholder={placeholder} clearable={clearable} data={data} value={value} onChange={onChange} />;
}
