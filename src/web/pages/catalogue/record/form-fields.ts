import { inputText, numberOrNull, textOrNull } from '../../../components/catalogue/form-values.js';

/** How one field moves from a stored record into a form input, and from the input into the API's body. */
export type FieldCodec<V> = { fromRecord(value: unknown): V; toInput(value: V): unknown };

/** A kind's form fields (beyond owner, language, country, province and validity, which every form has), by API field name. */
export type FormSpec<TInput> = { [K in keyof TInput]?: FieldCodec<unknown> };

export type FormValues = Record<string, unknown>;

const codec = <V>(fromRecord: (value: unknown) => V, toInput: (value: V) => unknown): FieldCodec<V> => ({ fromRecord, toInput });
const text = codec((value) => inputText(value as string | null | undefined), textOrNull);

/** The kinds of input in the catalogue forms. */
export const formField = {
  /** Free text or a date: '' in the form, null for the API. */
  text,
  /** The title or name, which a record must have. */
  title: codec(
    (value) => inputText(value as string | null | undefined),
    (value: string) => value.trim(),
  ),
  list: codec(
    (value) => (value as string[] | undefined) ?? [],
    (value: string[]) => value,
  ),
  /** An amount in a NumberInput ('' when empty). */
  amount: codec(
    (value) => (value as number | null | undefined) ?? '',
    (value: string | number) => numberOrNull(value),
  ),
  /** A level (TRL) picked in a Select of numbers. */
  level: codec(
    (value) => (value ? String(value) : null),
    (value: string | null) => numberOrNull(value),
  ),
  /** One of a few codes, or none. */
  choice: codec(
    (value) => (value as string | null | undefined) ?? null,
    (value: string | null) => value ?? null,
  ),
  flag: codec(
    (value) => Boolean(value),
    (value: boolean) => value,
  ),
  /** Several texts under one field (a demand's confidential details). */
  texts: (parts: readonly string[]) =>
    codec(
      (value) => Object.fromEntries(parts.map((part) => [part, inputText((value as Record<string, string | null> | undefined)?.[part])])),
      (value: Record<string, string>) => Object.fromEntries(parts.map((part) => [part, textOrNull(value[part])])),
    ),
};

/** The title in the record's language and its translation (offers, demands). */
export const titleFields = { title: formField.title, translatedTitle: formField.text };
/** What search facets and matching read (experts have no VSIC sections). */
export const classificationFields = { keywords: formField.list, fieldCodes: formField.list, vsicSections: formField.list };
/** Whom to contact about an offer or a demand. */
export const contactFields = { contactName: formField.text, contactEmail: formField.text, contactPhone: formField.text };

const codecs = (spec: FormSpec<object>) => Object.entries(spec) as [string, FieldCodec<unknown>][];

/** The form's values for a record, or for a blank form owned by `defaultOrganisation`. */
export function formValues(spec: FormSpec<object>, record: FormValues | undefined, defaultOrganisation: string | null): FormValues {
  return {
    ownerOrganisationId: record?.ownerOrganisationId ?? defaultOrganisation,
    language: record?.language ?? 'vi',
    country: record?.country ?? 'VN',
    province: record?.provinceCode ?? null,
    validUntil: text.fromRecord(record?.validUntil),
    ...Object.fromEntries(codecs(spec).map(([key, field]) => [key, field.fromRecord(record?.[key])])),
  };
}

/** The API body for the form's values: a new record names its owner, an edit cannot move it. */
export function formInput(spec: FormSpec<object>, values: FormValues, creating: boolean): FormValues {
  return {
    ...(creating ? { ownerOrganisationId: values.ownerOrganisationId } : {}),
    language: values.language,
    ...Object.fromEntries(codecs(spec).map(([key, field]) => [key, field.toInput(values[key])])),
    country: values.country,
    // Left out on a new record, the server takes the owner organisation's province.
    province: values.province ?? (creating ? undefined : null),
    validUntil: text.toInput(values.validUntil as string),
  };
}
