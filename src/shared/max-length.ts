import type { z } from 'zod';

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; valueType?: z.ZodType };

/**
 * The longest text a schema accepts, read from the schema itself (through optional, nullable, default
 * and pipe wrappers, and into a record's values), so that a form's counter shows the server's own limit.
 */
export function maxLengthOf(schema: z.ZodType): number {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const def = current._zod.def as unknown as Def;
    if (def.type === 'string') {
      const max = (current as z.ZodString).maxLength;
      if (max === null) break;
      return max;
    }
    current = def.innerType ?? def.in ?? def.valueType;
  }
  throw new Error('maxLengthOf: the schema has no maximum length');
}
