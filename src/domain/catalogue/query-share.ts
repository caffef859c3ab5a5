import type { TermFrequencies } from '../matching/corpus.js';

type Token = '(' | ')' | '&' | '|' | '!' | '<->' | { word: string; prefix: boolean };

function tokens(tsquery: string): Token[] {
  const found: Token[] = [];
  for (const [, operator, word, prefix] of tsquery.matchAll(/\s*(<\d*-?>|[()&|!])|\s*([^\s()&|!<:]+)(:\*?[a-dA-D]*)?/g)) {
    if (operator) found.push(operator.startsWith('<') ? '<->' : (operator as Token));
    else if (word) found.push({ word, prefix: !!prefix?.includes('*') });
  }
  return found;
}

/**
 * At most what share of a table's records a tsquery can match (as `to_tsquery('simple', …)` reads
 * it), by ANALYZE's word statistics: a word, its share (one too rare to be listed, the rarest
 * listed share); words that must all match, or side by side, the rarest one's; alternatives, the
 * sum of theirs; a prefix or an exclusion, no bound (1). The planner multiplies the shares of the
 * words that must all match, as if independent, which a Vietnamese word of several syllables is
 * not ("trí tuệ nhân tạo": 2,235 rows planned for 197,821): hence a bound, not an estimate.
 */
export function queryShareBound(tsquery: string, stats: TermFrequencies): number {
  const list = tokens(tsquery);
  let at = 0;
  const peek = () => list[at];
  // to_tsquery binds `!` tightest, then `<->`, then `&`, then `|`; `<->` and `&` both keep the
  // rarest, so one level serves both.
  const anyOf = (): number => {
    let share = allOf();
    while (peek() === '|') {
      at++;
      share += allOf();
    }
    return Math.min(1, share);
  };
  const allOf = (): number => {
    let share = operand();
    while (peek() === '&' || peek() === '<->') {
      at++;
      share = Math.min(share, operand());
    }
    return share;
  };
  const operand = (): number => {
    const token = list[at++];
    if (token === '!') {
      operand();
      return 1;
    }
    if (token === '(') {
      const share = anyOf();
      if (peek() === ')') at++;
      return share;
    }
    if (token === undefined || typeof token === 'string') return 1;
    return token.prefix ? 1 : (stats.frequency.get(token.word) ?? stats.rareBelow);
  };
  return list.length === 0 ? 1 : anyOf();
}
