import { describe, expect, it } from 'vitest';
import { defaultLayers, linkRefusal } from './layers.js';

const [market, product, technology, rd, resources] = defaultLayers().map((layer, index) => ({ layer, index }));

describe('default layers', () => {
  it('are the five T-Plan lanes in order, with the link kinds each takes', () => {
    const layers = defaultLayers();
    expect(layers.map((l) => l.code)).toEqual(['market', 'product', 'technology', 'rd', 'resources']);
    expect(layers[0]).toMatchObject({ name: { vi: 'Thị trường', en: 'Market' }, linkStarts: ['needs'], linkEnds: ['enables'] });
    expect(layers[4]).toMatchObject({ linkStarts: ['supports'], linkEnds: ['needs', 'delivered-by'] });
  });

  it('are a fresh copy each time, so editing one roadmap leaves the next alone', () => {
    const first = defaultLayers();
    first[0].linkStarts.push('supports');
    expect(defaultLayers()[0].linkStarts).toEqual(['needs']);
  });
});

describe('linkRefusal', () => {
  it('allows the classic pairs', () => {
    expect(linkRefusal('needs', market, product)).toBeNull();
    expect(linkRefusal('needs', product, technology)).toBeNull();
    expect(linkRefusal('delivered-by', technology, rd)).toBeNull();
    expect(linkRefusal('enables', technology, product)).toBeNull();
    expect(linkRefusal('supports', resources, rd)).toBeNull();
  });

  it('allows "needs" within one lane and nothing else', () => {
    expect(linkRefusal('needs', technology, technology)).toBeNull();
    expect(linkRefusal('enables', technology, technology)).toBe('same_layer_link');
    expect(linkRefusal('delivered-by', rd, rd)).toBe('same_layer_link');
  });

  it('refuses links against their direction', () => {
    expect(linkRefusal('needs', technology, product)).toBe('link_direction_not_allowed');
    expect(linkRefusal('enables', product, technology)).toBe('link_direction_not_allowed');
  });
});
