/**
 * `npx tsx scripts/duplicate-thresholds.ts` — why the duplicate threshold is where it is: for the
 * labelled set (the method was tuned on it) and the holdout, precision, recall and F1 of the pairs
 * the command line would report at several thresholds, the best-F1 threshold, and per kind of pair
 * (see the pairs files) the share of duplicates found and of distinct pairs wrongly reported.
 */
import { bestF1, operatingPoint, pairKey, precisionAtRecall, precisionRecallCurve } from '../src/domain/duplicates/evaluate.js';
import { DUPLICATE_THRESHOLD, findDuplicates } from '../src/domain/duplicates/find-duplicates.js';
import { loadLabelledSet } from '../test/duplicates/labelled-set.js';

const thresholds = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7];
const percent = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);

// The kind of a labelled pair without its details: "copy of O-012: cut+…" → "copy of an offer".
function kindOf(kind: string): string {
  if (kind.startsWith('copy of look-alike') || kind.includes('/ copy of look-alike')) return 'copy of a look-alike';
  if (kind.startsWith('copy of')) return 'copy of an offer (edits)';
  if (kind.startsWith('hand-written rewrite') || kind.includes('hand-written rewrite')) return 'hand-written rewrite';
  if (kind.startsWith('look-alike')) return 'look-alike (same template)';
  if (kind.startsWith('hand-written look-alike')) return 'hand-written look-alike';
  if (kind.startsWith('related')) return 'related offers (dev qrels)';
  return kind;
}

for (const name of ['set', 'holdout'] as const) {
  const labelled = loadLabelledSet(name);
  const pairs = findDuplicates(labelled.records, { minScore: 0.05 });
  const curve = precisionRecallCurve(pairs, labelled.duplicates);
  const best = bestF1(curve)!;
  console.log(`\n${name}: ${labelled.records.length} records, ${labelled.duplicates.size} duplicate pairs (every other pair of the file is distinct)`);
  console.log(`  precision at recall ≥ 0.9: ${percent(precisionAtRecall(curve, 0.9))}; best F1 ${best.f1.toFixed(3)} at ${best.threshold.toFixed(3)}`);
  console.log('  threshold  precision  recall     F1  reported');
  for (const threshold of thresholds) {
    const p = operatingPoint(pairs, labelled.duplicates, threshold);
    const mark = threshold === DUPLICATE_THRESHOLD ? '  ← DUPLICATE_THRESHOLD' : '';
    const columns = [threshold.toFixed(2).padStart(9), percent(p.precision).padStart(9), percent(p.recall), p.f1.toFixed(3), String(p.reported).padStart(8)];
    console.log(`  ${columns.join('  ')}${mark}`);
  }
  const reported = new Set(pairs.filter((p) => p.score >= DUPLICATE_THRESHOLD).map((p) => pairKey(p.a, p.b)));
  const byKind = new Map<string, { duplicate: boolean; total: number; reported: number }>();
  for (const [key, kind] of labelled.kinds) {
    const group = `${labelled.duplicates.has(key) ? 'duplicate' : 'distinct '}  ${kindOf(kind)}`;
    const counts = byKind.get(group) ?? { duplicate: labelled.duplicates.has(key), total: 0, reported: 0 };
    counts.total++;
    if (reported.has(key)) counts.reported++;
    byKind.set(group, counts);
  }
  console.log(`  at ${DUPLICATE_THRESHOLD}, by kind of labelled pair (reported / pairs):`);
  for (const [group, counts] of [...byKind].sort()) {
    console.log(
      `    ${group.padEnd(42)} ${String(counts.reported).padStart(4)} / ${String(counts.total).padEnd(4)} ${percent(counts.reported / counts.total)}`,
    );
  }
}
