import { featureOccurrences, tokenise, type TextLanguage } from '../text/tokenise.js';
import type { FeatureBag } from './bm25.js';
import { findTerms, type CompiledGlossary } from './glossary.js';

/** A field of a record and how much its words count (a title says more than a description). */
export type WeightedText = { text: string; weight: number };

/** How much a glossary concept and its translation count next to the words as written. */
export type ExpansionWeights = { concept: number; translation: number };

/** Features of a record plus, for explanations, each feature as a person wrote it. */
export type RecordFeatures = { bag: FeatureBag; display: Map<string, string> };

export const conceptPrefix = '~';

/**
 * Bag of features over weighted fields: syllables, syllable bigrams and, through the
 * glossary, concept ids (shared by both languages) and the other language's words.
 */
export function recordFeatures(
  fields: readonly WeightedText[],
  language: TextLanguage,
  glossary: CompiledGlossary | null,
  expansion: ExpansionWeights,
): RecordFeatures {
  const bag: FeatureBag = new Map();
  const display = new Map<string, string>();
  const add = (feature: string, weight: number) => bag.set(feature, (bag.get(feature) ?? 0) + weight);

  for (const field of fields) {
    if (!field.text.trim()) continue;
    const phrases = tokenise(field.text, language);
    for (const { feature, surface } of featureOccurrences(phrases)) {
      add(feature, field.weight);
      if (!display.has(feature)) display.set(feature, surface);
    }
    if (!glossary) continue;
    for (const term of findTerms(glossary, phrases, language)) {
      const concept = conceptPrefix + term.concept;
      add(concept, field.weight * expansion.concept);
      if (!display.has(concept)) display.set(concept, term.surface);
      for (const feature of term.translationFeatures) add(feature, field.weight * expansion.translation);
    }
  }
  return { bag, display };
}
