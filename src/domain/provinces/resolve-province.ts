import { fold } from '../text/fold.js';

export type CurrentProvince = { code: string; name: string; nameEn: string; shortName: string; aliases: string[] };
export type LegacyProvince = { code: string; name: string; slug: string; mergedInto: string };

export type ResolvedProvince = { current: string; legacy: string | null };

const prefixes = ['thanh pho ', 'tp. ', 'tp ', 'tinh ', 'province of ', 'city of '];

function key(input: string): string {
  let k = fold(input).replace(/\s*(province|city)$/, '');
  for (const prefix of prefixes) if (k.startsWith(prefix)) k = k.slice(prefix.length);
  return k.replace(/[\s\-_.]+/g, ' ').trim();
}

/**
 * An index from every way people write a province — current or legacy, name or code,
 * with or without diacritics or "Tỉnh"/"TP." — to the current unit (and the legacy one, if named).
 * Codes are tried as current codes first (a legacy-only code resolves to its successor), unless the
 * caller reads codes as legacy ones: most current codes are also the code of a pre-merger unit.
 */
export function buildProvinceResolver(current: CurrentProvince[], legacy: LegacyProvince[]) {
  const byKey = new Map<string, ResolvedProvince>();
  const byCode = new Map<string, ResolvedProvince>();
  const byLegacyCode = new Map<string, ResolvedProvince>();
  const put = (k: string, value: ResolvedProvince) => {
    if (k && !byKey.has(k)) byKey.set(k, value);
  };
  for (const c of current) {
    const value = { current: c.code, legacy: null };
    byCode.set(c.code, value);
    for (const name of [c.name, c.nameEn, c.shortName, ...c.aliases]) put(key(name), value);
  }
  for (const l of legacy) {
    const value = { current: l.mergedInto, legacy: l.code };
    byLegacyCode.set(l.code, value);
    if (!byCode.has(l.code)) byCode.set(l.code, value);
    put(key(l.name), value);
    put(key(l.slug.replace(/-/g, ' ')), value);
  }
  return (input: string | null | undefined, codes: 'current' | 'legacy' = 'current'): ResolvedProvince | null => {
    if (!input) return null;
    const trimmed = input.trim();
    if (/^\d{1,2}$/.test(trimmed)) return (codes === 'legacy' ? byLegacyCode : byCode).get(trimmed.padStart(2, '0')) ?? null;
    return byKey.get(key(trimmed)) ?? null;
  };
}

export type ProvinceResolver = ReturnType<typeof buildProvinceResolver>;
