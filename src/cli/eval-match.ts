import type { RunMetrics } from '../domain/matching/metrics.js';
import { evaluateDataset } from './eval-dataset.js';

/** `npm run eval:match -- <dir> [--json]`: TechBridge's matcher and plain BM25, side by side. */
async function main() {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: npm run eval:match -- <dir> [--json]');
    process.exit(2);
  }
  const result = await evaluateDataset(dir);
  for (const { file, row } of result.rejected) {
    console.error(`${file} line ${row.line} rejected: ${row.issues.map((i) => `${i.field} ${i.code}`).join('; ')}`);
  }
  const row = (name: string, m: RunMetrics) =>
    `${name.padEnd(12)}${m['ndcg@10'].toFixed(4).padStart(10)}${m['recall@10'].toFixed(4).padStart(12)}${m.mrr.toFixed(4).padStart(10)}`;
  console.log(`${result.offers} offers, ${result.demands} demands, ${result.judged} judged demands`);
  console.log(`${''.padEnd(12)}${'nDCG@10'.padStart(10)}${'Recall@10'.padStart(12)}${'MRR'.padStart(10)}`);
  console.log(row('TechBridge', result.techbridge));
  console.log(row('BM25', result.bm25));
  if (args.includes('--json')) console.log(JSON.stringify({ techbridge: result.techbridge, bm25: result.bm25 }));
}

await main();
