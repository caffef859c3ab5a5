import { describe, expect, it } from 'vitest';
import { linkKinds as kinds } from './types.js';
import { allowedLinkKinds, defaultLayers, linkRefusal } from './layers.js';

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

describe('link rules with a custom layer', () => {
  // A lane the owner added below "resources", taking part in every kind (as the server makes a new lane).
  const pilots = { layer: { code: 'layer-pilots', name: { vi: 'Thí điểm', en: 'Pilots' }, linkStarts: [...kinds], linkEnds: [...kinds] }, index: 5 };
  // One that takes part only in "relates to".
  const policy = {
    layer: { code: 'layer-policy', name: { vi: 'Chính sách', en: 'Policy' }, linkStarts: ['relates-to' as const], linkEnds: ['relates-to' as const] },
    index: 6,
  };

  it('lets "relates to" and "needs" join a custom lane to any default lane, either way', () => {
    expect(linkRefusal('relates-to', pilots, market)).toBeNull();
    expect(linkRefusal('relates-to', product, pilots)).toBeNull();
    expect(linkRefusal('needs', pilots, technology)).toBeNull();
    expect(linkRefusal('needs', resources, pilots)).toBeNull();
    expect(allowedLinkKinds(pilots, market)).toEqual(['needs', 'enables', 'relates-to']);
    expect(allowedLinkKinds(market, pilots)).toEqual(['needs', 'relates-to']);
  });

  it('keeps the custom lane to the kinds it states, and the default lanes to theirs for the other kinds', () => {
    expect(linkRefusal('needs', policy, technology)).toBe('link_start_not_allowed');
    expect(linkRefusal('needs', technology, policy)).toBe('link_end_not_allowed');
    expect(allowedLinkKinds(policy, product)).toEqual(['relates-to']);
    // "delivered-by" is not generic: the default lane must list it and the direction holds.
    expect(linkRefusal('delivered-by', pilots, rd)).toBe('link_direction_not_allowed');
    expect(linkRefusal('supports', pilots, market)).toBe('link_end_not_allowed');
  });

  it('allows no link inside one lane unless its kind allows it', () => {
    expect(linkRefusal('relates-to', pilots, pilots)).toBe('same_layer_link');
    expect(linkRefusal('enables', pilots, pilots)).toBe('same_layer_link');
    expect(linkRefusal('needs', pilots, pilots)).toBeNull();
    expect(allowedLinkKinds(policy, policy)).toEqual([]);
  });

  it('never joins two default lanes by "relates to"', () => {
    expect(linkRefusal('relates-to', market, product)).toBe('link_start_not_allowed');
    expect(allowedLinkKinds(market, product)).toEqual(['needs']);
  });
});
