import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDemand, newOffer } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

/**
 * A local stand-in for an OpenAI-compatible `/v1/embeddings` provider: texts about traditional
 * fish sauce brewing ("chượp", and the demand) point one way, the enzyme offer half-way, the rest the other way.
 */
const requests: Array<{ authorization?: string; model: string; input: string[] }> = [];
let failing = false;
const provider = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const parsed = JSON.parse(body) as { model: string; input: string[] };
    requests.push({ authorization: req.headers.authorization, ...parsed });
    if (failing || req.url !== '/v1/embeddings') {
      res.writeHead(failing ? 500 : 404).end();
      return;
    }
    const vector = (text: string) => (/truyền thống|chượp/.test(text) ? [1, 0] : /enzyme/.test(text) ? [0.6, 0.8] : [0, 1]);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ object: 'list', data: parsed.input.map((text, index) => ({ object: 'embedding', index, embedding: vector(text) })) }));
  });
});

let plain: TestContext;
let fused: TestContext;
const ids: Record<string, string> = {};

async function seed(ctx: TestContext) {
  const db = ctx.database.db;
  const demand = await newDemand(db, { title: 'Nước mắm truyền thống lên men nhanh bằng enzyme protease', publicSummary: '' });
  // Lexically: A shares the most words, then B, then C.
  const a = await newOffer(db, { title: 'Lên men nước mắm nhanh bằng enzyme protease' });
  const b = await newOffer(db, { title: 'Lên men nước mắm nhanh' });
  const c = await newOffer(db, { title: 'Ủ chượp nước mắm' });
  return { demand: demand.id, a: a.id, b: b.id, c: c.id };
}

async function rankedTitles(ctx: TestContext, demandId: string, labels: Record<string, string>) {
  const response = await new TestClient(ctx.app).get(`/api/demands/${demandId}/matches`);
  expect(response.statusCode).toBe(200);
  const byId = Object.fromEntries(Object.entries(labels).map(([label, id]) => [id, label]));
  return response.json().items.map((m: { offer: { id: string } }) => byId[m.offer.id]);
}

beforeAll(async () => {
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/v1/embeddings`;
  plain = await createTestApp();
  fused = await createTestApp({ embeddings: { url, model: 'fake-embedder', apiKey: 'secret-key' } });
});
afterAll(async () => {
  await Promise.all([plain?.close(), fused?.close()]);
  await new Promise((resolve) => provider.close(resolve));
});

describe('optional embedding provider, fused by reciprocal rank', () => {
  it('is off by default: matches are ranked lexically and the provider is never called', async () => {
    const world = await seed(plain);
    const { demand, ...offers } = world;
    expect(await rankedTitles(plain, demand, offers)).toEqual(['a', 'b', 'c']);
    expect(requests).toEqual([]);
  });

  it('when configured, lifts the offer the embeddings rank first above a lexically closer one', async () => {
    const { demand, ...offers } = await seed(fused);
    ids.demand = demand;
    Object.assign(ids, offers);
    // Embeddings rank c, a, b; fused with a, b, c that gives a, c, b.
    expect(await rankedTitles(fused, demand, offers)).toEqual(['a', 'c', 'b']);
    expect(requests.at(-1)).toMatchObject({ authorization: 'Bearer secret-key', model: 'fake-embedder' });
    expect(requests.at(-1)?.input[0]).toContain('Nước mắm truyền thống');
    // Again, now that the candidates' features are kept: the provider still gets their texts.
    expect(await rankedTitles(fused, demand, offers)).toEqual(['a', 'c', 'b']);
    expect(requests.at(-1)?.input).toContain('Ủ chượp nước mắm');
  });

  it('falls back to the lexical ranking when the provider fails', async () => {
    failing = true;
    const { demand, ...offers } = ids;
    const fresh = await newOffer(fused.database.db, { title: 'Nước mắm lên men nhanh truyền thống bằng enzyme' });
    const ranked = await rankedTitles(fused, demand, { ...offers, fresh: fresh.id });
    failing = false;
    expect(ranked.slice(1)).toEqual(['a', 'b', 'c']);
  });
});
