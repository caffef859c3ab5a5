import { ActionIcon, TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { instantToText, isoDateToText, textToInstant, textToIsoDate } from '../lib/date-text.js';

type Mode = 'date' | 'datetime';

type Props = Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange' | 'type' | 'min' | 'max'> & {
  /** yyyy-mm-dd for a day, an ISO instant for a moment; '' or null when empty. */
  value?: string | null;
  /**
   * The ISO value, '' when cleared, or the text as typed when it is not a real date (so the
   * server's validation names the field instead of the value being dropped silently).
   */
  onChange: (value: string) => void;
  /** Earliest and latest day allowed (yyyy-mm-dd). */
  min?: string;
  max?: string;
};

const FORMAT = { date: { show: isoDateToText, read: textToIsoDate }, datetime: { show: instantToText, read: textToInstant } } as const;

function DateTextInput({ mode, value, onChange, min, max, error, onBlur, ...props }: Props & { mode: Mode }) {
  // `form.getInputProps` also hands over these; the text below is the only value the input has.
  const {
    defaultValue: _d,
    checked: _c,
    defaultChecked: _dc,
    ...rest
  } = props as typeof props & { defaultValue?: unknown; checked?: unknown; defaultChecked?: unknown };
  const { t } = useTranslation();
  const { show, read } = FORMAT[mode];
  const [text, setText] = useState(() => show(value));
  const [touched, setTouched] = useState(false);
  const emitted = useRef(value ?? '');
  const picker = useRef<HTMLInputElement>(null);

  // A value set from outside (a form reset, a record loaded) replaces the text; our own echo does not.
  useEffect(() => {
    if ((value ?? '') !== emitted.current) {
      emitted.current = value ?? '';
      setText(show(value));
    }
  }, [value, show]);

  const emit = (next: string) => {
    emitted.current = next;
    onChange(next);
  };
  const change = (next: string) => {
    setText(next);
    const parsed = read(next);
    emit(parsed ?? next);
  };

  const parsed = read(text);
  const day = parsed ? parsed.slice(0, 10) : '';
  const own =
    parsed === null
      ? t(mode === 'date' ? 'dateField.invalid' : 'dateField.invalidMoment')
      : mode === 'date' && min && day && day < min
        ? t('dateField.notBefore', { date: isoDateToText(min) })
        : mode === 'date' && max && day && day > max
          ? t('dateField.notAfter', { date: isoDateToText(max) })
          : null;

  const blur = (event: FocusEvent<HTMLInputElement>) => {
    setTouched(true);
    // Tidy what was typed ("4-3-2026", "04032026") into the one shown form.
    if (parsed) setText(show(parsed));
    onBlur?.(event);
  };

  return (
    <TextInput
      {...rest}
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={blur}
      placeholder={t(mode === 'date' ? 'dateField.placeholder' : 'dateField.placeholderMoment')}
      autoComplete="off"
      error={error ?? (touched || parsed !== null ? own : null)}
      data-date-field={mode}
      // Mantine's red on white is below 4.5:1; the darker red keeps the error readable.
      styles={{ input: { color: 'var(--mantine-color-text)' }, error: { color: 'var(--mantine-color-red-9)' } }}
      rightSection={
        mode === 'date' ? (
          <span style={{ position: 'relative', display: 'inline-flex' }}>
            <ActionIcon variant="subtle" aria-label={t('dateField.calendar')} onClick={() => picker.current?.showPicker()}>
              <span aria-hidden="true">📅</span>
            </ActionIcon>
            {/* The browser's calendar, opened by the button; what it picks is written back as dd/mm/yyyy. */}
            <input
              ref={picker}
              type="date"
              tabIndex={-1}
              aria-hidden="true"
              min={min}
              max={max}
              value={parsed || ''}
              onChange={(event) => {
                const iso = event.currentTarget.value;
                setText(show(iso));
                emit(iso);
              }}
              style={{ position: 'absolute', inset: 0, width: 1, height: 1, opacity: 0, pointerEvents: 'none' }}
            />
          </span>
        ) : undefined
      }
    />
  );
}

/** A day typed and shown as dd/mm/yyyy in every browser; sends yyyy-mm-dd. Works with `form.getInputProps`. */
export function DateField(props: Props) {
  return <DateTextInput mode="date" {...props} />;
}

/** A moment typed as dd/mm/yyyy hh:mm in Vietnam's time; sends an ISO instant. */
export function DateTimeField(props: Props) {
  return <DateTextInput mode="datetime" {...props} />;
}
