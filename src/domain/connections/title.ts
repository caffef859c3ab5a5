/** What a connection is about, as the records and organisations it links are named. */
export type ConnectionSides = {
  demandTitle: string | null | undefined;
  offerTitle: string | null | undefined;
  seekerName: string | null | undefined;
  supplierName: string | null | undefined;
};

/**
 * A title that tells connections apart: "demand ↔ offer", each side falling back to its
 * organisation when the connection has no record on that side (an enterprise asking an
 * institute, a broker's introduction). Empty only when nothing at all is known.
 */
export function connectionTitle(sides: ConnectionSides): string {
  const seeker = sides.demandTitle?.trim() || sides.seekerName?.trim() || '';
  const supplier = sides.offerTitle?.trim() || sides.supplierName?.trim() || '';
  return [seeker, supplier].filter(Boolean).join(' ↔ ');
}
