import { describe, expect, it } from 'vitest';
import { countByMonth, groupByYear, monthlySeries } from './timeline.ts';

const dates = ['2025-09-12', '2025-09-01', null, '2025-11-30', '2024-12-31'];

describe('bulletins per month', () => {
  it('counts dated bulletins by month, newest first', () => {
    expect(countByMonth(dates)).toEqual([
      { month: '2025-11', count: 1 },
      { month: '2025-09', count: 2 },
      { month: '2024-12', count: 1 },
    ]);
  });

  it('fills the months between with zeros, across a new year', () => {
    expect(monthlySeries(dates).map(({ month, count }) => `${month}:${count}`)).toEqual([
      '2024-12:1',
      '2025-01:0',
      '2025-02:0',
      '2025-03:0',
      '2025-04:0',
      '2025-05:0',
      '2025-06:0',
      '2025-07:0',
      '2025-08:0',
      '2025-09:2',
      '2025-10:0',
      '2025-11:1',
    ]);
    expect(monthlySeries([null])).toEqual([]);
  });

  it('groups months by year with the year total', () => {
    expect(groupByYear(countByMonth(dates)).map(({ year, count, months }) => [year, count, months.length])).toEqual([
      ['2025', 3, 2],
      ['2024', 1, 1],
    ]);
  });
});
