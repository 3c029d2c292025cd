import { describe, expect, it } from 'vitest';
import { compareNewestFirst, isIsoDay, outOfArchiveRange, todayIsoDay } from './dates.ts';

describe('compareNewestFirst', () => {
  it('orders newest first, undated last, and ties by id, the same whatever order the input is in', () => {
    const bulletins = [
      { id: 'tr/b', date: '2025-09-12' },
      { id: 'ky/z', date: null },
      { id: 'ky/a', date: '2024-01-01' },
      { id: 'ky/b', date: '2025-09-12' },
      { id: 'ky/y', date: null },
      { id: 'uz/c', date: '2026-03-08' },
    ];
    const expected = ['uz/c', 'ky/b', 'tr/b', 'ky/a', 'ky/y', 'ky/z'];
    expect([...bulletins].sort(compareNewestFirst).map(({ id }) => id)).toEqual(expected);
    expect(
      [...bulletins]
        .reverse()
        .sort(compareNewestFirst)
        .map(({ id }) => id),
    ).toEqual(expected);
  });

  it('is 0 only for the same id and date', () => {
    expect(compareNewestFirst({ id: 'ky/a', date: null }, { id: 'ky/a', date: null })).toBe(0);
    expect(compareNewestFirst({ id: 'ky/a', date: '2025-01-01' }, { id: 'ky/a', date: null })).toBeLessThan(0);
  });
});

describe('the archive date range', () => {
  it('takes real days from 1991 to today, and says which end another day is beyond', () => {
    expect(outOfArchiveRange('1991-01-01', '2026-01-01')).toBeNull();
    expect(outOfArchiveRange('2026-01-01', '2026-01-01')).toBeNull();
    expect(outOfArchiveRange('1990-12-31', '2026-01-01')).toBe('before-archive');
    expect(outOfArchiveRange('2026-01-02', '2026-01-01')).toBe('future');
  });

  it('isIsoDay wants YYYY-MM-DD and a day the calendar has', () => {
    expect(['2024-02-29', '2025-12-31'].map(isIsoDay)).toEqual([true, true]);
    expect(['2025-02-29', '2025-04-31', '2025-9-1', '12.09.2025', '2025-09-12 ', ''].map(isIsoDay)).toEqual([false, false, false, false, false, false]);
  });

  it('gives today in UTC', () => {
    expect(todayIsoDay(new Date('2026-01-01T23:59:59-05:00'))).toBe('2026-01-02');
  });
});
