import { describe, expect, it } from 'vitest';
import { median, summarizeRuns } from './run-summary.ts';

describe('bench --runs: medians of runs', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even one', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('prints each figure as its median with all values in run order', () => {
    const summary = summarizeRuns([
      { totalBuildS: 101.5, peerTotalS: 27.1 },
      { totalBuildS: 98.2, peerTotalS: 30.4 },
      { totalBuildS: 120.9, peerTotalS: 26.0 },
    ]);
    expect(summary).toEqual({
      totalBuildS: 101.5,
      totalBuildSRuns: [101.5, 98.2, 120.9],
      peerTotalS: 27.1,
      peerTotalSRuns: [27.1, 30.4, 26.0],
    });
  });

  it('prints a single run as it is, and no median for a figure some run could not measure', () => {
    expect(summarizeRuns([{ searchIndexS: 6.1, firstSearchKb: null }])).toEqual({ searchIndexS: 6.1, firstSearchKb: null });
    expect(summarizeRuns([{ searchIndexS: 6.1 }, { searchIndexS: NaN }])).toEqual({ searchIndexS: null, searchIndexSRuns: [6.1, NaN] });
  });
});
