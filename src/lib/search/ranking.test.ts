import { describe, expect, it } from 'vitest';
import { rankResults, type FormResults } from './ranking.ts';

const hits = (tier: number, ...pages: [string, number][]): FormResults<string> => ({
  tier,
  results: pages.map(([id, score]) => ({ id, score, result: `${id}@${tier}` })),
});

describe('ranking the merged answers of a search', () => {
  it('puts the word as typed above another spelling, and that above other endings, whatever the scores', () => {
    const ranked = rankResults([{ minTier: 0, words: [[hits(2, ['c', 9]), hits(1, ['b', 5]), hits(0, ['a', 1])]] }]);
    expect(ranked).toEqual(['a@0', 'b@1', 'c@2']);
  });

  it('orders by score within a tier, and gives a bulletin its best form', () => {
    expect(rankResults([{ minTier: 0, words: [[hits(1, ['a', 1], ['b', 3]), hits(0, ['b', 0.5])]] }])).toEqual(['b@0', 'a@1']);
  });

  it('keeps only bulletins that have a form of every word, ranked by their farthest word', () => {
    const words = [[hits(0, ['a', 1], ['b', 1])], [hits(0, ['a', 1]), hits(2, ['b', 5], ['c', 5])]];
    expect(rankResults([{ minTier: 0, words }])).toEqual(['a@0', 'b@0']);
  });

  it('ranks another name of the entity no higher than its minimum tier, and merges alternatives', () => {
    const ranked = rankResults([
      { minTier: 0, words: [[hits(1, ['a', 1])]] },
      { minTier: 2, words: [[hits(0, ['b', 9], ['a', 9])]] },
    ]);
    expect(ranked).toEqual(['a@1', 'b@0']);
  });
});
