/**
 * How many rows of a table match, from the first matches a scan without order found: the table
 * pages they lie on (sampled) out of the table's pages. The matches are taken to be spread through
 * the table as they are through the part the scan read. That part is an arc, not always a prefix:
 * a sequential scan of a large table starts where another scan is (PostgreSQL's synchronised
 * scans) and wraps round, so the arc is the whole table but its widest gap between sampled pages.
 */
export function estimateFromSample(sampledPages: readonly number[], tablePages: number): number {
  if (sampledPages.length === 0) return 0;
  const sorted = [...new Set(sampledPages)].sort((a, b) => a - b);
  let widestGap = tablePages - sorted.at(-1)! + sorted[0]!;
  for (let i = 1; i < sorted.length; i++) widestGap = Math.max(widestGap, sorted[i]! - sorted[i - 1]!);
  const arc = Math.max(1, Math.min(tablePages, tablePages - widestGap + 1));
  return Math.max(sampledPages.length, Math.round((sampledPages.length * tablePages) / arc));
}

/**
 * How many rows match in all, from the `found` matches among the newest records, which are `share`
 * of the catalogue: as many again in every like share of it.
 */
export function estimateFromWindow(found: number, share: number): number {
  return share <= 0 ? found : Math.max(found, Math.round(found / share));
}
