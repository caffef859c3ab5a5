/**
 * bench/reviewer-assignment — the reviewer-assignment helper (min-cost flow) next to a plain
 * greedy baseline measured in the same run (each dossier in turn takes its k most relevant
 * reviewers still under the load cap): time, dossiers left short, mean relevance of the assigned
 * pairs and the largest load. Two instances by default: a call-sized one (300 dossiers, 100
 * reviewers) and a tight one (100 dossiers, 8 reviewers) where greedy runs dry.
 *
 *   npx tsx bench/reviewer-assignment.ts [dossiers reviewers k]
 */
import { seededRandom } from '../src/seed/demo/generate/random.js';
import { assignReviewers } from '../src/domain/programmes/reviewer-assignment.js';
import {
  expertiseProfile,
  profileRelevance,
  reviewerConflict,
  type DeclaredConflict,
  type ReviewDossier,
  type Reviewer,
} from '../src/domain/programmes/reviewer-relevance.js';

type Instance = { dossiers: ReviewDossier[]; pool: Reviewer[]; declared: DeclaredConflict[]; k: number };
type Assigned = Array<{ reviewers: Array<{ reviewerId: string; score: number }> }>;

const random = seededRandom(2019);
const fields = ['101', '102', '106', '201', '202', '203', '205', '206', '207', '401', '402', '404', '501', '502'];
const words = [
  'máy sấy',
  'chế biến',
  'cà phê',
  'tự động hóa',
  'cơ khí',
  'thủy sản',
  'vi sinh',
  'năng lượng',
  'nước thải',
  'dệt may',
  'gạch không nung',
  'IoT',
  'thức ăn chăn nuôi',
];
// Experts and proposals cluster in a few popular fields, so the most relevant reviewers are wanted by many dossiers.
const popular = (items: string[]) => items[Math.min(items.length - 1, Math.floor(random.next() ** 2 * items.length))];

function instance(n: number, r: number, k: number): Instance {
  const dossiers = Array.from({ length: n }, (_, i): ReviewDossier => ({
    id: `d${i}`,
    organisationIds: [`o${random.int(1, 120)}`],
    fieldCodes: [popular(fields)],
    keywords: [popular(words), random.pick(words)],
  }));
  const pool = Array.from({ length: r }, (_, i): Reviewer => ({
    id: `r${i}`,
    organisationId: `o${random.int(1, 120)}`,
    fieldCodes: [popular(fields), random.pick(fields)],
    keywords: [popular(words), random.pick(words), random.pick(words)],
  }));
  const declared = dossiers.flatMap((d) => pool.filter(() => random.chance(0.03)).map((p) => ({ reviewerId: p.id, dossierId: d.id })));
  return { dossiers, pool, declared, k };
}

function greedy({ dossiers, pool, declared, k }: Instance): Assigned {
  const cap = Math.ceil((k * dossiers.length) / pool.length) + 1;
  const load = new Map<string, number>();
  const profiles = pool.map(expertiseProfile);
  return dossiers.map((d) => {
    const wanted = expertiseProfile(d);
    const picks = pool
      .map((reviewer, i) => ({ reviewer, score: profileRelevance(profiles[i], wanted).score }))
      .filter(({ reviewer }) => !reviewerConflict(reviewer, d, declared) && (load.get(reviewer.id) ?? 0) < cap)
      .sort((a, b) => b.score - a.score)
      .slice(0, k)
      .map((p) => ({ reviewerId: p.reviewer.id, score: p.score }));
    for (const p of picks) load.set(p.reviewerId, (load.get(p.reviewerId) ?? 0) + 1);
    return { reviewers: picks };
  });
}

function report(label: string, k: number, run: () => Assigned) {
  let result = run();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  const pairs = result.flatMap((a) => a.reviewers);
  const loads = new Map<string, number>();
  for (const p of pairs) loads.set(p.reviewerId, (loads.get(p.reviewerId) ?? 0) + 1);
  const median = [...times].sort((a, b) => a - b)[2];
  const short = result.filter((a) => a.reviewers.length < k).length;
  const meanRelevance = pairs.reduce((s, p) => s + p.score, 0) / pairs.length;
  const figures = `short dossiers ${String(short).padStart(3)}  mean relevance ${meanRelevance.toFixed(3)}  max load ${Math.max(...loads.values())}`;
  console.log(`${label.padEnd(16)} ${median.toFixed(0).padStart(6)} ms  ${figures}`);
}

const sizes =
  process.argv.length > 4
    ? [process.argv.slice(2, 5).map(Number)]
    : [
        [300, 100, 5],
        [100, 8, 5],
      ];
for (const [n, r, k] of sizes) {
  const inst = instance(n, r, k);
  console.log(`${n} dossiers, ${r} reviewers, k = ${k}, cap ${Math.ceil((k * n) / r) + 1}, ${inst.declared.length} declared conflicts`);
  report('greedy baseline', k, () => greedy(inst));
  report('min-cost flow', k, () => assignReviewers(inst.dossiers, inst.pool, inst.declared, { perDossier: k }).assignments);
}
