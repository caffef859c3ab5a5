import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateDataset } from '../../src/cli/eval-dataset.js';

let dir: string;
const lines = (records: object[]) => records.map((r) => JSON.stringify(r)).join('\n');

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-eval-'));
  fs.writeFileSync(
    path.join(dir, 'offers.jsonl'),
    lines([
      { externalId: 'O-1', language: 'vi', title: 'Lên men nhanh nước mắm bằng enzyme', sectorCode: 'C', trl: 7, country: 'VN' },
      { externalId: 'O-2', language: 'en', title: 'Accelerated fish sauce fermentation with enzymes', sectorCode: 'C', trl: 8, country: 'KR' },
      { externalId: 'O-3', language: 'vi', title: 'Máy sấy cà phê bằng bơm nhiệt', sectorCode: 'C', trl: 8, country: 'VN' },
    ]),
  );
  fs.writeFileSync(
    path.join(dir, 'demands.jsonl'),
    lines([
      { externalId: 'D-1', language: 'vi', title: 'Rút ngắn thời gian lên men nước mắm', sectorCode: 'C', minTrl: 6, seekAbroad: true },
      { externalId: 'D-2', language: 'vi', title: 'Can may say ca phe', sectorCode: 'C' },
    ]),
  );
  fs.writeFileSync(path.join(dir, 'qrels.tsv'), 'demandId\tofferId\trelevance\nD-1\tO-1\t3\nD-1\tO-2\t3\nD-2\tO-3\t2\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('evaluateDataset (npm run eval:match)', () => {
  it('loads the files into a fresh database and scores the matcher and BM25 side by side', async () => {
    const result = await evaluateDataset(dir);
    expect(result).toMatchObject({ offers: 3, demands: 2, judged: 2, rejected: [] });
    expect(result.techbridge).toEqual({ 'ndcg@10': 1, 'recall@10': 1, mrr: 1 });
    // Plain BM25 has no bridge to the English answer.
    expect(result.bm25['recall@10']).toBeCloseTo(0.75);
  }, 180_000);
});
