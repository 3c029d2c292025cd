import { readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MONTH_TABLES, monthNumberOf } from './month-tables.ts';

describe('month tables', () => {
  it('hold every language folder that has a dates.json', () => {
    const folder = new URL('./', import.meta.url);
    const withDates = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/dates.json`, folder)))
      .map((entry) => entry.name)
      .sort();
    expect([...MONTH_TABLES.keys()].sort()).toEqual(withDates);
  });

  it.each([
    ['сентябрда', 'ky', 9],
    ['iýuny', 'tk', 6],
    ['Eylülde', 'tr', 9],
    ['мая', 'ru', 5],
  ])('reads the month of %s', (word, lang, month) => {
    expect(monthNumberOf(word, lang)).toBe(month);
  });
});
