import { fieldPath, issue, type RoadmapIssue } from '../issues.js';

/*
 * A small structural validator for JSON brought in from elsewhere (src/domain may not use the
 * shared zod schemas). A check reads `value` at `field`, pushes what is wrong into `issues`, and
 * returns the value read, or `invalid` when there is nothing to keep.
 */

/** What a check returns when the value cannot be kept (its issues are already pushed). */
export const invalid: unique symbol = Symbol('invalid');
export type Check<T> = (value: unknown, field: string, issues: RoadmapIssue[]) => T | typeof invalid;
export type Checked<C> = C extends Check<infer T> ? T : never;

const typeIssue = (field: string, expected: string) => issue(field, 'wrong_type', { expected });

function fail(issues: RoadmapIssue[], found: RoadmapIssue): typeof invalid {
  issues.push(found);
  return invalid;
}

/** Text, trimmed and NFC-normalised; blank refused unless `allowBlank`. */
export const text =
  (max: number, allowBlank = false): Check<string> =>
  (value, field, issues) => {
    if (typeof value !== 'string') return fail(issues, typeof value === 'undefined' ? issue(field, 'required') : typeIssue(field, 'text'));
    const clean = value.normalize('NFC').trim();
    if (clean === '' && !allowBlank) return fail(issues, issue(field, 'blank'));
    if (clean.length > max) return fail(issues, issue(field, 'too_long', { expected: `≤ ${max}` }));
    return clean;
  };

/** A whole number from `min` to `max`. */
export const integer =
  (min: number, max: number): Check<number> =>
  (value, field, issues) => {
    if (typeof value === 'undefined') return fail(issues, issue(field, 'required'));
    if (typeof value !== 'number' || !Number.isInteger(value)) return fail(issues, typeIssue(field, 'integer'));
    if (value < min || value > max) return fail(issues, issue(field, 'out_of_range', { expected: `${min}–${max}` }));
    return value;
  };

/** A calendar date written YYYY-MM-DD. */
export const isoDate: Check<string> = (value, field, issues) => {
  const written = text(10)(value, field, issues);
  if (written === invalid) return invalid;
  const date = new Date(`${written}T00:00:00Z`);
  // Date rolls 2025-02-30 over to 2025-03-02; reading it back catches that.
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(written) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(written);
  return valid ? written : fail(issues, typeIssue(field, 'date YYYY-MM-DD'));
};

/** One of the allowed values, compared exactly. */
export const oneOf =
  <const T extends string | number>(allowed: readonly T[]): Check<T> =>
  (value, field, issues) => {
    if (typeof value === 'undefined') return fail(issues, issue(field, 'required'));
    if (!(allowed as readonly unknown[]).includes(value)) return fail(issues, issue(field, 'not_allowed_value', { expected: allowed.join(' | ') }));
    return value as T;
  };

/** A value that may be absent (or null, when `fallback` is null): the fallback is kept instead. */
export const optional =
  <T, F>(check: Check<T>, fallback: F): Check<T | F> =>
  (value, field, issues) =>
    value === undefined || value === null ? fallback : check(value, field, issues);

/** An array of at most `max` entries, each checked at `field[i]`. */
export const list =
  <T>(check: Check<T>, max: number): Check<T[]> =>
  (value, field, issues) => {
    if (typeof value === 'undefined') return fail(issues, issue(field, 'required'));
    if (!Array.isArray(value)) return fail(issues, typeIssue(field, 'list'));
    if (value.length > max) return fail(issues, issue(field, 'too_many', { expected: `≤ ${max}` }));
    const out: T[] = [];
    let ok = true;
    value.forEach((entry, i) => {
      const checked = check(entry, `${field}[${i}]`, issues);
      if (checked === invalid) ok = false;
      else out.push(checked);
    });
    return ok ? out : invalid;
  };

type Shape = Record<string, Check<unknown>>;
type ObjectOf<S extends Shape> = { [K in keyof S]: Checked<S[K]> };

/** A plain object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object with the shape's keys; unknown keys are left out. Every key is checked, so all issues are reported at once. */
export const object =
  <S extends Shape>(shape: S): Check<ObjectOf<S>> =>
  (value, field, issues) => {
    if (!isRecord(value)) return fail(issues, typeof value === 'undefined' ? issue(field, 'required') : typeIssue(field, 'object'));
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const [key, check] of Object.entries(shape)) {
      const checked = check(value[key], fieldPath(field, key), issues);
      if (checked === invalid) ok = false;
      else if (checked !== undefined) out[key] = checked;
    }
    return ok ? (out as ObjectOf<S>) : invalid;
  };

/** One of several object shapes, chosen by the value of its `key` field. */
export const variant =
  <K extends string, V extends Record<string, Check<object>>>(key: K, shapes: V): Check<Checked<V[keyof V]>> =>
  (value, field, issues) => {
    const tag = isRecord(value) ? value[key] : undefined;
    if (!isRecord(value) || typeof tag !== 'string' || !Object.hasOwn(shapes, tag)) {
      const at = isRecord(value) ? fieldPath(field, key) : field;
      return fail(issues, isRecord(value) ? issue(at, 'not_allowed_value', { expected: Object.keys(shapes).join(' | ') }) : typeIssue(at, 'object'));
    }
    return shapes[tag](value, field, issues) as Checked<V[keyof V]> | typeof invalid;
  };
