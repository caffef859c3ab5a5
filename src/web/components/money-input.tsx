import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseVnd } from '../../domain/money/parse-vnd.js';
import { formatVnd, formatVndShort } from './connections/vnd.js';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  /** The amount in đồng, '' when empty (as Mantine forms hold numbers). */
  value?: number | string;
  onChange?: (value: number | '') => void;
};

const asText = (value: number | string, lang: string) => (typeof value === 'number' ? (formatVnd(value, lang) ?? '') : value);

/**
 * An amount in đồng typed as people say it ("1,5 tỷ", "1.500.000.000", "1500 triệu"), shown back
 * in words under the field. Text it cannot read keeps the last amount it could, and says so.
 */
export function MoneyInput({ value = '', onChange = () => {}, description, error, onBlur, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => asText(value, i18n.language));
  const parsed = parseVnd(text);
  // The form set another amount (a reset, the latest version reloaded): show that one.
  if (parsed.ok && (parsed.value ?? '') !== value) setText(asText(value, i18n.language));
  const kept = typeof value === 'number' ? formatVndShort(value, i18n.language) : null;
  const unreadable = !parsed.ok ? (kept ? t('money.unreadableKept', { kept }) : t('money.unreadable')) : null;
  return (
    <TextInput
      {...rest}
      inputMode="decimal"
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const result = parseVnd(next);
        if (result.ok) onChange(result.value ?? '');
      }}
      onBlur={(event) => {
        // Once the field is left, a readable amount is written out in full: what will be saved.
        if (parsed.ok && typeof value === 'number') setText(asText(value, i18n.language));
        onBlur?.(event);
      }}
      description={kept && parsed.ok ? kept : (description ?? t('money.hint'))}
      error={error ?? unreadable}
    />
  );
}
