import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { fold } from '../../domain/text/fold.js';

/**
 * A Select/MultiSelect filter that matches typing with or without Vietnamese diacritics
 * ("nghe an", "Nghệ An", "NGHE") against the label and any extra search words of an option.
 */
export function foldFilter(extraWords: Record<string, string[]> = {}): OptionsFilter {
  return ({ options, search, limit }) => {
    const needle = fold(search);
    if (!needle) return options.slice(0, limit);
    const matches = (item: ComboboxItem) => [item.label, item.value, ...(extraWords[item.value] ?? [])].some((word) => fold(word).includes(needle));
    const result: ComboboxParsedItem[] = [];
    for (const option of options) {
      if ('group' in option) {
        const items = option.items.filter(matches);
        if (items.length > 0) result.push({ group: option.group, items });
      } else if (matches(option)) {
        result.push(option);
      }
      if (result.length >= limit) break;
    }
    return result;
  };
}
