export type Qrels = Map<string, Map<string, number>>;

/** qrels.tsv: `demandId <TAB> offerId <TAB> relevance`, an optional header line. */
export function parseQrels(text: string): Qrels {
  const qrels: Qrels = new Map();
  for (const line of text.split(/\r?\n/)) {
    const [demandId, offerId, relevance] = line.split('\t').map((s) => s?.trim());
    const rel = Number(relevance);
    if (!demandId || !offerId || !Number.isInteger(rel)) continue;
    const judgments = qrels.get(demandId) ?? new Map<string, number>();
    judgments.set(offerId, rel);
    qrels.set(demandId, judgments);
  }
  return qrels;
}
