import { describe, expect, it } from 'vitest';
import { duplicateFeatures } from './features.js';
import { newVocabulary, type Vocabulary } from './vocabulary.js';

const keysOf = (ids: Int32Array, vocabulary: Vocabulary) => [...ids].map((id) => vocabulary.keys[id]).sort();

describe('duplicateFeatures', () => {
  it('gives the same words to a record and its copy typed without diacritics, in capitals, in NFD', () => {
    const vocabulary = newVocabulary();
    const record = { externalId: 'a', title: 'Nước mắm cá cơm', description: 'Chượp nhanh bằng enzyme.' };
    const copy = { externalId: 'b', title: 'NUOC MAM CA COM'.normalize('NFD'), description: 'chuop nhanh bang ENZYME' };
    const [a, b] = [duplicateFeatures(record, vocabulary), duplicateFeatures(copy, vocabulary)];
    expect(keysOf(a.words, vocabulary)).toEqual(keysOf(b.words, vocabulary));
    expect(keysOf(a.pairs, vocabulary)).toEqual(keysOf(b.pairs, vocabulary));
    expect(a.accented).not.toBeNull();
    expect(b.accented).toBeNull();
  });

  it('takes as the subject the title’s content words that the body repeats', () => {
    const vocabulary = newVocabulary();
    const record = { externalId: 'a', title: 'Thiết bị sấy rong biển cho hợp tác xã', keywords: ['rong biển'], description: 'Sấy rong nho ở 35–45°C.' };
    const features = duplicateFeatures(record, vocabulary);
    expect(keysOf(features.accented!.named.subject, vocabulary)).toEqual(['~biển', '~rong', '~sấy']);
    expect(keysOf(features.accented!.named.title, vocabulary)).not.toContain('~cho');
    expect(keysOf(features.subjectPairs, vocabulary)).toEqual(['rong bien', 'say rong']);
    expect(keysOf(features.titleNumbers, vocabulary)).toEqual([]);
    expect(keysOf(features.numbers, vocabulary)).toEqual(['#35', '#45']);
  });

  it('takes the whole title as the subject of a record without a body', () => {
    const vocabulary = newVocabulary();
    const features = duplicateFeatures({ externalId: 'a', title: 'Máy bóc vỏ trấu rulo cao su' }, vocabulary);
    expect(features.accented!.named.subject).toEqual(features.accented!.named.title);
  });
});
