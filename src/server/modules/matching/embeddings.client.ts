import { z } from 'zod';
import type { EmbeddingsConfig } from '../../config.js';

const EmbeddingsResponse = z.object({
  data: z.array(z.object({ index: z.number().int().min(0), embedding: z.array(z.number()) })),
});

const requestTimeoutMs = 10_000;
// Re-ranking embeds the same catalogue texts again and again; a bounded memo spares the provider.
const memo = new Map<string, number[]>();
const memoLimit = 20_000;

/**
 * Embeds texts with an OpenAI-compatible `/v1/embeddings` endpoint (POST {model, input}),
 * answering one vector per text in the order given. Throws on an HTTP error or an odd answer.
 */
export async function embedTexts(config: EmbeddingsConfig, texts: readonly string[]): Promise<number[][]> {
  const keyOf = (text: string) => `${config.url}\u0000${config.model}\u0000${text}`;
  const missing = [...new Set(texts.filter((t) => !memo.has(keyOf(t))))];
  if (missing.length > 0) {
    const response = await fetch(config.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}) },
      body: JSON.stringify({ model: config.model, input: missing }),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    if (!response.ok) throw new Error(`embeddings provider answered ${response.status}`);
    const { data } = EmbeddingsResponse.parse(await response.json());
    const indices = new Set(data.map((item) => item.index));
    if (data.length !== missing.length || missing.some((_, i) => !indices.has(i))) {
      throw new Error(`embeddings provider answered ${data.length} vectors for ${missing.length} texts`);
    }
    if (memo.size + missing.length > memoLimit) memo.clear();
    for (const item of data) memo.set(keyOf(missing[item.index]), item.embedding);
  }
  return texts.map((t) => memo.get(keyOf(t))!);
}
