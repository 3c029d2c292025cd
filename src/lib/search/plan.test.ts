import { describe, expect, it } from 'vitest';
import { afterShown, canAnswer, formsIn, fullestShard, plannedAlternative, planTiers, resultsIn } from './plan.ts';

// "Caparov" in an archive of three shards: printed in Turkish bulletins of every shard, in Kyrgyz
// only in shard 2, and an alias alternative ("Sadyr Japarov") in shard 0.
const alternatives = [
  plannedAlternative(0, [
    [
      { word: 'caparov', tier: 0, shards: null },
      { word: 'жапаров', tier: 1, shards: [2] },
    ],
  ]),
  plannedAlternative(2, [[{ word: 'sadyr', tier: 0, shards: [0] }], [{ word: 'japarov', tier: 1, shards: [0] }]]),
];

describe('the plan of a search through shards and tiers', () => {
  it('raises an alternative’s forms to its minimum tier, and goes through the tiers closest first', () => {
    expect(alternatives[1].words.flat().map(({ tier }) => tier)).toEqual([2, 2]);
    expect(planTiers(alternatives)).toEqual([0, 1, 2]);
  });

  it('searches in a shard only the forms it holds, up to the tier reached', () => {
    const words = (forms: { word: string }[]) => forms.map(({ word }) => word);
    expect(words(formsIn(alternatives[0].words[0], 2, 0))).toEqual(['caparov']);
    expect(words(formsIn(alternatives[0].words[0], 2, 1))).toEqual(['caparov', 'жапаров']);
    expect(words(formsIn(alternatives[0].words[0], 1, 1))).toEqual(['caparov']);
  });

  it('asks a shard only when some alternative has a form of every word there', () => {
    const rare = [plannedAlternative(0, [[{ word: 'кеңештеринин', tier: 0, shards: [1] }], [{ word: 'бишкекте', tier: 0, shards: [1, 2] }]])];
    expect([0, 1, 2].filter((shard) => canAnswer(rare, shard, 0))).toEqual([1]);
    expect(canAnswer([plannedAlternative(0, [])], 0, 0)).toBe(false);
  });

  it('counts a shard’s results from the lexicon’s counts, and reads the newest shard that fills a page alone, else the fullest', () => {
    // A surname in all four shards: in 3, 12, 4 and 2 bulletins as printed, and in shard 3 in 9 more in Cyrillic.
    const name = [
      plannedAlternative(0, [
        [
          { word: 'caparov', tier: 0, shards: null, counts: [3, 12, 4, 2] },
          { word: 'жапаров', tier: 1, shards: [3], counts: [9] },
        ],
      ]),
    ];
    expect([0, 1, 2, 3].map((shard) => resultsIn(name, shard, 0))).toEqual([3, 12, 4, 2]);
    expect(resultsIn(name, 3, 1)).toBe(11);
    const newestFirst = [3, 2, 1, 0];
    expect(newestFirst[fullestShard(name, newestFirst, 1, 10)]).toBe(3);
    expect(newestFirst[fullestShard(name, newestFirst, 0, 10)]).toBe(1);
    expect(newestFirst[fullestShard(name, newestFirst, 0, 4)]).toBe(2);
    // A word without counts is in one bulletin of each of its shards.
    expect(resultsIn([plannedAlternative(0, [[{ word: 'x', tier: 0, shards: [0, 2] }]])], 2, 0)).toBe(1);
  });

  it('keeps the results a reader has seen where they were when more are ranked in', () => {
    const id = (result: { id: string }) => result.id;
    const shown = [{ id: 'b' }, { id: 'a' }];
    expect(afterShown(shown, [{ id: 'c' }, { id: 'a' }, { id: 'd' }, { id: 'b' }], id).map(id)).toEqual(['b', 'a', 'c', 'd']);
    expect(afterShown([], [{ id: 'c' }], id).map(id)).toEqual(['c']);
  });
});
