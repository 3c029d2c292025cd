import { describe, expect, it } from 'vitest';
import { planShards, SHARD_LIMIT, shardIndices, shardMask, shardsForYears, UNDATED, yearSpan } from './shards.ts';

const months = (year: number, bulletins: number[]) =>
  bulletins.map((count, month) => ({ name: `${year}-${String(month + 1).padStart(2, '0')}`, bulletins: count }));

describe('the search index’s shards', () => {
  it('are the years, oldest first, with undated bulletins in a shard before all', () => {
    const shards = planShards([...months(2025, [3, 4]), { name: UNDATED, bulletins: 2 }, ...months(2024, [1])]);
    expect(shards).toEqual([
      { name: UNDATED, months: [UNDATED], years: [], bulletins: 2 },
      { name: '2024', months: ['2024-01'], years: ['2024'], bulletins: 1 },
      { name: '2025', months: ['2025-01', '2025-02'], years: ['2025'], bulletins: 7 },
    ]);
  });

  it('split a year of more than SHARD_LIMIT bulletins into runs of months of at most that many, leaving other years as they are', () => {
    const big = Math.floor(SHARD_LIMIT / 3);
    const shards = planShards([...months(2024, [5]), ...months(2025, [big, big, big, big, big])]);
    expect(shards.map(({ name, bulletins }) => [name, bulletins])).toEqual([
      ['2024', 5],
      ['2025-01', 3 * big],
      ['2025-04', 2 * big],
    ]);
    for (const shard of shards) expect(shard.bulletins).toBeLessThanOrEqual(SHARD_LIMIT);
    expect(planShards([...months(2024, [5]), ...months(2025, [1])])[0]).toEqual(shards[0]);
  });

  it('are named in the lexicon by a mask that reads back as the same shards', () => {
    for (const indices of [[0], [3], [0, 2, 5], [1, 40, 70]]) expect(shardIndices(shardMask(indices))).toEqual(indices);
    expect(shardMask([0])).toBe('1');
  });

  it('that a year filter searches are those of its years, newest first, and all of them, undated last, without one', () => {
    const shards = planShards([{ name: UNDATED, bulletins: 1 }, ...months(2023, [1]), ...months(2024, [1]), ...months(2025, [1])]);
    expect(shardsForYears(shards, ['2023', '2025']).map((index) => shards[index].name)).toEqual(['2025', '2023']);
    expect(shardsForYears(shards, []).map((index) => shards[index].name)).toEqual(['2025', '2024', '2023', UNDATED]);
    expect(yearSpan(shards)).toBe('2023–2025');
    expect(yearSpan(shards.slice(3))).toBe('2025');
  });
});
