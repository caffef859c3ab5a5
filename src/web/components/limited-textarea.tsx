import { Text, Textarea, type TextareaProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../lib/format-count.js';

/** True when a text is longer than its limit: the form refuses to send it. */
export function overLimit(value: string | null | undefined, max: number): boolean {
  return (value ?? '').length > max;
}

type Props = Omit<TextareaProps, 'value' | 'maxLength'> & { value?: string | null; max: number };

/**
 * A long text with a live "n / max" counter. No native maxLength: the browser would cut a long
 * paste silently; here the whole text stays, the counter turns red and the field says how much to
 * remove, and the form refuses to send it (`overLimit`).
 */
export function LimitedTextarea({ value, max, description, error, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const count = (value ?? '').length;
  const over = count > max;
  const counter = (
    <Text
      component="span"
      size="xs"
      c={over ? 'red.9' : 'dimmed'}
      fw={over ? 700 : undefined}
      data-counter={over ? 'over' : 'ok'}
      style={{ display: 'block', textAlign: 'right' }}
    >
      {t('textLimit.counter', { count: formatCount(count, i18n.language), max: formatCount(max, i18n.language) })}
    </Text>
  );
  return (
    <Textarea
      {...rest}
      value={value ?? ''}
      description={
        description ? (
          <>
            <Text component="span" size="xs" style={{ display: 'block' }}>
              {description}
            </Text>
            {counter}
          </>
        ) : (
          counter
        )
      }
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      // Mantine's red on white is below 4.5:1; the darker red keeps the warning readable.
      styles={{ input: { color: 'var(--mantine-color-text)' }, error: { color: 'var(--mantine-color-red-9)' } }}
      error={error ?? (over ? t('textLimit.over', { extra: formatCount(count - max, i18n.language), max: formatCount(max, i18n.language) }) : undefined)}
    />
  );
}
