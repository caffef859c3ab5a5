import { z } from 'zod';
import { emailAddress, optionalText, phoneNumber, requiredText } from '../organisations/text-fields.js';
import {
  amountVnd,
  catalogueLanguages,
  catalogueListQuery,
  codeList,
  countryCode,
  Facets,
  Highlight,
  isoDate,
  SearchCorrections,
  SearchWidening,
  keywordList,
  provinceInput,
  recordWorkflowFields,
  trlLevel,
} from './catalogue.schemas.js';

/**
 * One field of a kind of record: how a caller sends it (`input`) and how the API answers it
 * (`output`; none for `province`, answered as `provinceCode` and `legacyProvinceCode`).
 * `private` fields appear only in the whole record; `createOnly` ones are not in a patch.
 */
type FieldSpec = { input: z.ZodType; output?: z.ZodType; private?: true; createOnly?: true };
type FieldSpecs = Record<string, FieldSpec>;

const spec = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const nullableText = () => z.string().nullable();
const texts = () => z.array(z.string());

/** The field types of catalogue records, input and output together. */
export const fields = {
  language: () => spec(z.enum(catalogueLanguages), z.string()),
  title: (max: number) => spec(requiredText(max), z.string()),
  text: (max: number) => spec(optionalText(max), nullableText()),
  keywords: () => spec(keywordList, texts()),
  sector: () => spec(z.string().trim().max(2).nullish(), nullableText()),
  codes: () => spec(codeList, texts()),
  /** A list of values that are answered as plain strings (enums, free texts, country codes). */
  list: <I extends z.ZodArray>(input: I) => spec(input, texts()),
  /** One of `values`, answered as a plain string. */
  choice: <const V extends readonly [string, ...string[]]>(values: V) => spec(z.enum(values).nullish(), nullableText()),
  trl: () => spec(trlLevel.nullish(), z.number().int().nullable()),
  amount: () => spec(amountVnd.nullish(), z.number().nullable()),
  date: () => spec(isoDate.nullish(), nullableText()),
  email: () => spec(emailAddress.nullish(), nullableText()),
  phone: () => spec(phoneNumber.nullish(), nullableText()),
  flag: () => spec(z.boolean(), z.boolean()),
  country: () => spec(countryCode, z.string()),
  /** The owner organisation: set on create only (its members or covering staff enter the record). */
  owner: () => ({ input: z.uuid().nullish(), output: z.uuid().nullable(), createOnly: true as const }),
  /** Current or legacy province, by code or name; answered as `provinceCode` and `legacyProvinceCode`. */
  province: () => ({ input: provinceInput.nullish() }),
  /** The same field, shown only in the whole record. */
  private: <S extends FieldSpec>(field: S) => ({ ...field, private: true as const }),
};

type Input<F extends FieldSpecs> = { [K in keyof F]: F[K]['input'] };
type CreateOnlyKeys<F extends FieldSpecs> = { [K in keyof F]: F[K] extends { createOnly: true } ? K : never }[keyof F];
type IsPrivate<S> = S extends { private: true } ? true : false;
/** The answered fields that are private (`true`) or public (`false`). */
type Outputs<F extends FieldSpecs, Private extends boolean> = {
  [K in keyof F as F[K] extends { output: z.ZodType } ? (IsPrivate<F[K]> extends Private ? K : never) : never]: F[K] extends {
    output: infer O extends z.ZodType;
  }
    ? O
    : never;
};
type PublicShape<F extends FieldSpecs> = { id: z.ZodUUID; status: z.ZodString } & Outputs<F, false> & {
    provinceCode: z.ZodNullable<z.ZodString>;
    legacyProvinceCode: z.ZodNullable<z.ZodString>;
    publishedAt: z.ZodNullable<z.ZodISODateTime>;
  };
type PrivateShape<F extends FieldSpecs> = Outputs<F, true> & typeof recordWorkflowFields;
type Optional<S> = { [K in keyof S]: S[K] extends z.ZodType ? z.ZodOptional<S[K]> : never };
type ListItemOf<F extends FieldSpecs, L extends keyof F> = z.ZodObject<Omit<PublicShape<F>, L> & { highlight: typeof Highlight }>;

/** How a kind differs beyond its fields. */
type Options<F extends FieldSpecs, R extends keyof F, L extends keyof F, Q extends z.ZodRawShape> = {
  /** The field a new record must have (its title or name). */
  required: R;
  /** Long fields a list item leaves out. */
  listOmits?: readonly L[];
  /** The kind's own list filters, beyond those every list has. */
  listQuery?: Q;
};

/** The answered fields, in the order of the definition; `province` stands for its two codes. */
function outputShape(specs: FieldSpecs, shown: 'public' | 'private'): z.ZodRawShape {
  return Object.fromEntries(
    Object.entries(specs).flatMap(([key, field]): [string, z.ZodType][] => {
      if (!!field.private !== (shown === 'private')) return [];
      if (key === 'province' && shown === 'public') {
        return [
          ['provinceCode', z.string().nullable()],
          ['legacyProvinceCode', z.string().nullable()],
        ];
      }
      return field.output ? [[key, field.output]] : [];
    }),
  );
}

/**
 * The named schemas of one kind of catalogue record, built from one definition of its fields:
 * `{Name}Create`, `Patch`, `Public`, `Full`, `Detail`, `ListItem`, `ListQuery` and `List` (the
 * names are OpenAPI components and stay as they are).
 */
export function recordSchemas<
  F extends FieldSpecs,
  R extends keyof F & string,
  L extends keyof F & string = never,
  Q extends z.ZodRawShape = Record<never, never>,
>(name: string, specs: F, options: Options<F, R, L, Q>) {
  const input = z.object(Object.fromEntries(Object.entries(specs).map(([key, field]) => [key, field.input])));
  const create = input
    .partial()
    .required({ [options.required]: true })
    .meta({ id: `${name}Create` }) as unknown as z.ZodObject<Optional<Omit<Input<F>, R>> & Pick<Input<F>, R>>;
  const createOnly = Object.fromEntries(Object.entries(specs).flatMap(([key, field]) => (field.createOnly ? [[key, true as const]] : [])));
  const patch = input
    .omit(createOnly)
    .partial()
    .extend({ version: z.number().int().min(1) })
    .meta({ id: `${name}Patch` }) as unknown as z.ZodObject<Optional<Omit<Input<F>, CreateOnlyKeys<F>>> & { version: z.ZodNumber }>;
  const publicSchema = z
    .object({ id: z.uuid(), status: z.string(), ...outputShape(specs, 'public'), publishedAt: z.iso.datetime().nullable() })
    .meta({ id: `${name}Public` }) as unknown as z.ZodObject<PublicShape<F>>;
  const privateFields = { ...outputShape(specs, 'private'), ...recordWorkflowFields } as PrivateShape<F>;
  const full = publicSchema.extend(privateFields).meta({ id: `${name}Full` }) as unknown as z.ZodObject<PublicShape<F> & PrivateShape<F>>;
  const detail = publicSchema.extend(z.object(privateFields).partial().shape).meta({ id: `${name}Detail` }) as unknown as z.ZodObject<
    PublicShape<F> & Optional<PrivateShape<F>>
  >;
  const omits = Object.fromEntries((options.listOmits ?? []).map((key) => [key, true as const]));
  const listItem = (options.listOmits?.length ? publicSchema.omit(omits as never) : publicSchema)
    .extend({ highlight: Highlight })
    .meta({ id: `${name}ListItem` }) as unknown as ListItemOf<F, L>;
  const listQuery = z.object({ ...catalogueListQuery, ...options.listQuery } as typeof catalogueListQuery & Q).meta({ id: `${name}ListQuery` });
  const list = z
    .object({
      items: z.array(listItem),
      total: z.number().int(),
      estimated: z
        .boolean()
        .meta({ description: 'True when `total` and the facet counts are estimates: the search matched more records than are counted one by one.' }),
      nextCursor: z.string().nullable(),
      facets: Facets,
      widened: SearchWidening.nullable().meta({
        description: 'When the query was widened through the glossary (English ↔ Vietnamese): the terms translated and the query also searched for.',
      }),
      corrected: SearchCorrections.nullable().meta({
        description: 'When the words as typed found nothing and were read as typos: each word and the words of the catalogue searched for besides it.',
      }),
    })
    .meta({ id: `${name}List` });
  return { create, patch, public: publicSchema, full, detail, listItem, listQuery, list };
}
