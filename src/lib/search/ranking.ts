import type { Tier } from './lexicon.ts';

/** One Pagefind answer for one form of a query word. */
export interface FormResults<R> {
  tier: Tier;
  results: { id: string; score: number; result: R }[];
}

/** One alternative of a query (search/terms.ts `queryAlternatives`): for each of its words, the answers for its forms. */
export interface AlternativeResults<R> {
  /** Another name of the entity the query names ranks with other endings, never as the query itself. */
  minTier: Tier;
  words: FormResults<R>[][];
}

interface Ranked<R> {
  tier: number;
  score: number;
  result: R;
}

/** For one word: each bulletin's best form, the closest tier first and then the highest score. */
function bestPerBulletin<R>(forms: FormResults<R>[]): Map<string, Ranked<R>> {
  const best = new Map<string, Ranked<R>>();
  for (const { tier, results } of forms) {
    for (const { id, score, result } of results) {
      const known = best.get(id);
      if (!known || tier < known.tier || (tier === known.tier && score > known.score)) best.set(id, { tier, score, result });
    }
  }
  return best;
}

/**
 * The bulletins that have a form of every word of some alternative, best first: those with every
 * word as typed, then those with another spelling, then those with other endings; within a tier,
 * by the sum of Pagefind's scores. A bulletin's result (and so its excerpt) is that of its first
 * word's best form.
 */
export function rankResults<R>(alternatives: AlternativeResults<R>[]): R[] {
  const ranked = new Map<string, Ranked<R>>();
  for (const { minTier, words } of alternatives) {
    const perWord = words.map(bestPerBulletin);
    if (!perWord.length) continue;
    for (const [id, first] of perWord[0]) {
      const matches = perWord.map((word) => word.get(id));
      if (matches.some((match) => !match)) continue;
      const tier = Math.max(minTier, ...matches.map((match) => match!.tier));
      const score = matches.reduce((sum, match) => sum + match!.score, 0);
      const known = ranked.get(id);
      if (!known || tier < known.tier || (tier === known.tier && score > known.score)) ranked.set(id, { tier, score, result: first.result });
    }
  }
  return [...ranked.values()].sort((a, b) => a.tier - b.tier || b.score - a.score).map(({ result }) => result);
}
