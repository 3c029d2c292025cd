import type { Tier } from './lexicon.ts';

/**
 * What a query searches for, shard by shard and tier by tier (the search page, src/browser/search.ts):
 * the forms of its words (search/lexicon.ts `formsOf`) with the shards that hold each
 * (search/shards.ts). A page of results needs only the closest tiers of the newest shards that
 * have them: the printed form of a common word fills it from the newest shard, and the forms in
 * other alphabets or with other endings, which rank below it anyway (search/ranking.ts), are
 * searched only when the reader reads on. A rare word costs the one shard that holds it.
 */

export interface PlannedForm {
  word: string;
  /** Its tier in the ranking: the form's, and at least its alternative's `minTier`. */
  tier: Tier;
  /** Indices of the shards that hold it; null for all. */
  shards: number[] | null;
  /** How many bulletins have it in each of those shards (in their order); absent where that is one each. */
  counts?: number[];
}

export interface PlannedAlternative {
  minTier: Tier;
  /** Per word of the alternative, its forms. */
  words: PlannedForm[][];
}

export function plannedAlternative(minTier: Tier, words: { word: string; tier: Tier; shards: number[] | null; counts?: number[] }[][]): PlannedAlternative {
  return { minTier, words: words.map((forms) => forms.map((form) => ({ ...form, tier: Math.max(minTier, form.tier) }))) };
}

/** The tiers a plan's forms have, closest first: the stages a search goes through. */
export function planTiers(alternatives: PlannedAlternative[]): Tier[] {
  return [...new Set(alternatives.flatMap(({ words }) => words.flat().map(({ tier }) => tier)))].sort((a, b) => a - b);
}

/** Of one word's forms, those to search in `shard` for results up to `tier`. */
export function formsIn(forms: PlannedForm[], shard: number, tier: Tier): PlannedForm[] {
  return forms.filter((form) => form.tier <= tier && (!form.shards || form.shards.includes(shard)));
}

/** Whether `shard` can have results up to `tier`: some alternative has a form of every word there. */
export function canAnswer(alternatives: PlannedAlternative[], shard: number, tier: Tier): boolean {
  return alternatives.some(({ words }) => words.length > 0 && words.every((forms) => formsIn(forms, shard, tier).length > 0));
}

/** How many bulletins of `shard` have a form. */
function bulletinsWith(form: PlannedForm, shard: number): number {
  const at = form.shards ? form.shards.indexOf(shard) : shard;
  return at < 0 ? 0 : (form.counts?.[at] ?? 1);
}

/**
 * At most how many results `shard` has up to `tier`, as the lexicon counts them: per alternative,
 * its rarest word's bulletins with any form of it (the forms of a word may share bulletins, so
 * this can be more than the search finds, never fewer).
 */
export function resultsIn(alternatives: PlannedAlternative[], shard: number, tier: Tier): number {
  return alternatives.reduce(
    (sum, { words }) =>
      sum +
      (words.length
        ? Math.min(...words.map((forms) => formsIn(forms, shard, tier).reduce((bulletins, form) => bulletins + bulletinsWith(form, shard), 0)))
        : 0),
    0,
  );
}

/**
 * The next shard to read for a page of `wanted` more results up to `tier`, of those `left` (newest
 * first): the newest that has that many alone, else the one that has the most (the newest of
 * those), so that a page is full from the fewest shards; -1 where none has any.
 */
export function fullestShard(alternatives: PlannedAlternative[], left: number[], tier: Tier, wanted: number): number {
  let best = -1;
  let most = 0;
  for (const [index, shard] of left.entries()) {
    const results = resultsIn(alternatives, shard, tier);
    if (results >= wanted) return index;
    if (results > most) [best, most] = [index, results];
  }
  return best;
}

/**
 * Results once more shards or tiers are ranked in: those the reader has seen stay where they were,
 * the rest follow in the new order. Without this a result could move above the fold the reader has
 * read, and "more results" would skip it or show one twice.
 */
export function afterShown<R>(shown: R[], ranked: R[], idOf: (result: R) => string): R[] {
  const seen = new Set(shown.map(idOf));
  return [...shown, ...ranked.filter((result) => !seen.has(idOf(result)))];
}
