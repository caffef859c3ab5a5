import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProvinceResolver } from './resolve-province.js';

const data = JSON.parse(fs.readFileSync(new URL('../../seed/data/provinces.json', import.meta.url), 'utf8'));
const resolve = buildProvinceResolver(data.current, data.legacy);

describe('province input', () => {
  it('accepts a name with or without diacritics, or the code', () => {
    expect(resolve('Nghệ An')?.current).toBe('40');
    expect(resolve('nghe an')?.current).toBe('40');
    expect(resolve('NGHỆ AN')?.current).toBe('40');
    expect(resolve('40')?.current).toBe('40');
    expect(resolve('Tỉnh Nghệ An')?.current).toBe('40');
  });

  it('resolves a legacy unit to the unit it merged into, keeping the legacy code', () => {
    const legacy = data.legacy.find((l: { mergedInto: string; code: string }) => l.mergedInto !== l.code);
    const resolved = resolve(legacy.name);
    expect(resolved).toEqual({ current: legacy.mergedInto, legacy: legacy.code });
  });

  it('reads a code as a pre-merger unit when asked: 52 is the new Gia Lai, or the old Bình Định', () => {
    expect(resolve('52')).toEqual({ current: '52', legacy: null });
    expect(resolve('52', 'legacy')).toEqual({ current: '52', legacy: '52' });
    expect(resolve('64', 'legacy')).toEqual({ current: '52', legacy: '64' });
    expect(resolve('99', 'legacy')).toBeNull();
  });

  it('knows Hanoi in English and the TP. prefix', () => {
    expect(resolve('Hanoi')?.current).toBe('01');
    expect(resolve('TP. Hà Nội')?.current).toBe('01');
    expect(resolve('Ha Noi')?.current).toBe('01');
  });

  it('answers null for unknown input', () => {
    expect(resolve('Atlantis')).toBeNull();
    expect(resolve('99')).toBeNull();
    expect(resolve('')).toBeNull();
  });
});
