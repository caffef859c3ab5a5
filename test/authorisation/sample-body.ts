/** A JSON schema of the OpenAPI document, as far as the body sampler reads it. */
export type JsonSchema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number | boolean;
  maximum?: number;
  default?: unknown;
  nullable?: boolean;
  items?: JsonSchema;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/**
 * Strings tried, in order, against a schema's pattern: dates and times, codes, contacts. A
 * pattern none satisfies gets a word; a body the server then finds invalid shows up in the sweep
 * as refused before any rule was asked, and the sweep says which.
 */
const candidates = ['2026-06-15T09:00:00.000Z', '2026-06-15', '09:00', 'KR', 'probe@example.test', '+84 912 345 678', 'probe-1'];

const byFormat: Record<string, string> = {
  email: 'probe@example.test',
  date: '2026-06-15',
  'date-time': '2026-06-15T09:00:00.000Z',
  uri: 'https://example.test/',
};

function sampleString(schema: JsonSchema, uuid: string, name: string): string {
  if (schema.format === 'uuid') return uuid;
  // A schema that checks an address in code rather than by pattern still names it.
  if (/email/i.test(name)) return byFormat.email!;
  if (schema.format && byFormat[schema.format]) return byFormat[schema.format]!;
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern, 'u');
    if (pattern.test(uuid)) return uuid;
    const fitting = candidates.find((c) => pattern.test(c));
    if (fitting) return fitting;
  }
  const word = 'Thử nghiệm quyền truy cập';
  const min = schema.minLength ?? 0;
  const text = word.length >= min ? word : word.padEnd(min, ' x');
  return schema.maxLength !== undefined ? text.slice(0, Math.max(schema.maxLength, min)) : text;
}

/**
 * A value that the schema accepts, as small as it allows: required properties only, first
 * choices, least numbers. Ids take `uuid` (a planted record's, so a write reaches the record
 * and its rules rather than stopping at "not found"). Enough to get past validation to the
 * rules an authorisation sweep probes; not a fuzzer.
 */
export function sampleBody(schema: JsonSchema, components: Record<string, JsonSchema>, uuid: string): unknown {
  const sample = (s: JsonSchema, name = ''): unknown => {
    if (s.$ref) return sample(components[s.$ref.split('/').pop()!] ?? {}, name);
    if (s.default !== undefined) return s.default;
    if (s.enum) return s.enum[0];
    if (s.allOf) return Object.assign({}, ...s.allOf.map((part) => sample(part, name) as object));
    const choice = (s.anyOf ?? s.oneOf)?.find((c) => c.type !== 'null' && !(c.enum && c.enum.length === 1 && c.enum[0] === null));
    if (choice) return sample(choice, name);
    switch (s.type) {
      case 'string':
        return sampleString(s, uuid, name);
      case 'integer':
      case 'number': {
        const least = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : s.exclusiveMinimum === true ? (s.minimum ?? 0) + 1 : (s.minimum ?? 1);
        return s.maximum !== undefined ? Math.min(least, s.maximum) : least;
      }
      case 'boolean':
        return false;
      case 'array':
        return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items ?? {}, name));
      case 'object':
        return Object.fromEntries((s.required ?? []).map((name) => [name, sample(s.properties?.[name] ?? {}, name)]));
      default:
        return s.properties ? sample({ ...s, type: 'object' }) : null;
    }
  };
  return sample(schema);
}
