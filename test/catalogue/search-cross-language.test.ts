import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { catalogueWorld, publishedRecord } from './catalogue-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof catalogueWorld>>;
const ids = (list: { items: { id: string }[] }) => list.items.map((i) => i.id);
const offer = (body: Record<string, unknown>) => publishedRecord(world.owner, world.staff, '/api/offers', body);

let fishSauce: string, shrimp: string, englishShrimp: string, unrelated: string;
beforeAll(async () => {
  ctx = await createTestApp();
  world = await catalogueWorld(ctx);
  fishSauce = await offer({ title: 'Công nghệ lên men nhanh nước mắm truyền thống', fieldCodes: ['401'] });
  shrimp = await offer({ title: 'Chế phẩm vi sinh cho ao nuôi tôm thẻ chân trắng', fieldCodes: ['401'] });
  englishShrimp = await offer({ language: 'en', title: 'Shrimp pond probiotics', fieldCodes: ['401'] });
  unrelated = await offer({ title: 'Phần mềm quản lý kho hàng', fieldCodes: ['102'] });
  // "sauces" in the vocabulary: the glossary's "fish sauce" has a word a typo search could correct.
  await offer({ language: 'en', title: 'Soy sauces bottling line', fieldCodes: ['401'] });
});
afterAll(async () => ctx?.close());

type List = {
  items: { id: string; highlight: { title: string | null } }[];
  total: number;
  widened: { terms: { from: string; to: string }[]; alternative: string } | null;
  corrected: { typed: string; alternatives: string[] }[] | null;
};

describe('search across languages through the glossary', () => {
  it('finds Vietnamese records for an English query and says which words it widened', async () => {
    const found = (await world.visitor.get(`/api/offers?q=${encodeURIComponent('fish sauce')}`)).json() as List;
    expect(ids(found)).toEqual([fishSauce]);
    expect(found.widened).toEqual({ terms: [{ from: 'fish sauce', to: 'nước mắm' }], alternative: '"nước mắm"' });
    expect(found.corrected).toBeNull();
  });

  it('finds the records of both languages, and the reverse way round', async () => {
    const english = (await world.visitor.get('/api/offers?q=shrimp')).json() as List;
    expect(ids(english).sort()).toEqual([shrimp, englishShrimp].sort());
    expect(english.widened?.terms).toEqual([{ from: 'shrimp', to: 'tôm' }]);
    const vietnamese = (await world.visitor.get(`/api/offers?q=${encodeURIComponent('tôm')}`)).json() as List;
    expect(ids(vietnamese).sort()).toEqual([shrimp, englishShrimp].sort());
    expect(vietnamese.widened?.terms).toEqual([{ from: 'tôm', to: 'shrimp' }]);
    expect(ids(vietnamese)).not.toContain(unrelated);
  });

  it('says nothing when no word was widened', async () => {
    const found = (await world.visitor.get(`/api/offers?q=${encodeURIComponent('kho hàng')}`)).json() as List;
    expect(ids(found)).toEqual([unrelated]);
    expect(found.widened).toBeNull();
    expect(((await world.visitor.get('/api/offers')).json() as List).widened).toBeNull();
  });

  it('corrects a typo beside a glossary term in each language on its own, not asking a Vietnamese record for the English word', async () => {
    const vietnamese = (await world.visitor.get(`/api/offers?q=${encodeURIComponent('tôm thẻ chân trangg')}`)).json() as List;
    expect(ids(vietnamese)).toEqual([shrimp]);
    expect(vietnamese.corrected).toEqual([{ typed: 'trangg', alternatives: expect.arrayContaining(['trang']) }]);
    // The word found in place of the typo is marked, as the words typed are.
    expect(vietnamese.items[0]!.highlight.title).toContain('<mark>trắng</mark>');
    // Only the words typed are named: not the translation's ("fish sauce"), which nobody wrote.
    const translated = (await world.visitor.get(`/api/offers?q=${encodeURIComponent('nước mắm truyền thốngg')}`)).json() as List;
    expect(ids(translated)).toEqual([fishSauce]);
    expect(translated.corrected?.map((c) => c.typed)).toEqual(['thongg']);
    const english = (await world.visitor.get(`/api/offers?q=${encodeURIComponent('shrimp pondd')}`)).json() as List;
    expect(ids(english)).toEqual([englishShrimp]);
    expect(english.corrected?.map((c) => c.typed)).toEqual(['pondd']);
  });
});
