import { describe, expect, it } from 'vitest';
import { bestF1, operatingPoint, pairKey, precisionAtRecall, precisionRecallCurve } from '../../src/domain/duplicates/evaluate.js';
import { DUPLICATE_THRESHOLD, findDuplicates } from '../../src/domain/duplicates/find-duplicates.js';
import { loadLabelledSet } from './labelled-set.js';

// Every pair of the file is judged, as the command line reports them: a reported pair that is not
// a labelled duplicate is a false alarm, a duplicate not reported (or not even a candidate) is missed.
describe.each(['set', 'holdout'] as const)('duplicate detection on the labelled %s', (name) => {
  const labelled = loadLabelledSet(name);
  const pairs = findDuplicates(labelled.records, { minScore: 0.05 });
  const curve = precisionRecallCurve(pairs, labelled.duplicates);

  it('reaches precision ≥ 0.9 at recall ≥ 0.9, and both at the threshold the command line uses', () => {
    const atThreshold = operatingPoint(pairs, labelled.duplicates, DUPLICATE_THRESHOLD);
    const best = bestF1(curve)!;
    console.log(
      `${name}: ${labelled.records.length} records, ${labelled.duplicates.size} duplicate pairs; ` +
        `precision at recall ≥ 0.9: ${precisionAtRecall(curve, 0.9).toFixed(3)}; ` +
        `at ${DUPLICATE_THRESHOLD}: precision ${atThreshold.precision.toFixed(3)}, recall ${atThreshold.recall.toFixed(3)}; ` +
        `best F1 ${best.f1.toFixed(3)} at ${best.threshold.toFixed(3)} (precision ${best.precision.toFixed(3)}, recall ${best.recall.toFixed(3)})`,
    );
    expect(precisionAtRecall(curve, 0.9)).toBeGreaterThanOrEqual(0.9);
    expect(atThreshold.precision).toBeGreaterThanOrEqual(0.9);
    expect(atThreshold.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps most look-alikes from one template below the threshold', () => {
    const reported = new Set(pairs.filter((p) => p.score >= DUPLICATE_THRESHOLD).map((p) => pairKey(p.a, p.b)));
    const lookalikes = [...labelled.kinds].filter(([key, kind]) => kind.startsWith('look-alike') && !labelled.duplicates.has(key));
    const reportedLookalikes = lookalikes.filter(([key]) => reported.has(key));
    expect(lookalikes.length).toBeGreaterThan(100);
    expect(reportedLookalikes.length / lookalikes.length).toBeLessThan(0.1);
  });
});
