/**
 * A feature's 53-bit hash (cyrb53, public domain, by bryc), exact in a double: what stored features
 * keep instead of the feature's text (see storedFeatures). Two of a query's and a record's few
 * hundred features share a hash about once in 10^11 candidates.
 */
export function featureHash(feature: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < feature.length; i++) {
    const code = feature.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
