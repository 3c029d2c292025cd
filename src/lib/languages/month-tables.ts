import az from './az/dates.json' with { type: 'json' };
import en from './en/dates.json' with { type: 'json' };
import kaa from './kaa/dates.json' with { type: 'json' };
import kk from './kk/dates.json' with { type: 'json' };
import ky from './ky/dates.json' with { type: 'json' };
import ru from './ru/dates.json' with { type: 'json' };
import tk from './tk/dates.json' with { type: 'json' };
import tr from './tr/dates.json' with { type: 'json' };
import tt from './tt/dates.json' with { type: 'json' };
import uz from './uz/dates.json' with { type: 'json' };
import { lowerCaseFor } from '../text/text.ts';
import { memoByWord } from '../text/word-memo.ts';

/**
 * Which month a word names, from the month stems of each language's `dates.json`, for the site's
 * build: stories compare the days reports' leads name (src/lib/entities/stories.ts). The files are
 * imported by name because the build bundles this, and a bundled chunk cannot read the folder
 * beside its source as ./index.ts does; ingest's month-names.ts reads the same stems (and CLDR's
 * abbreviations, which a lead's full month names do not need). A language added to the folder
 * needs its line here (month-tables.test.ts fails where one is missing).
 */
type MonthStems = readonly (readonly string[])[];

export const MONTH_TABLES: ReadonlyMap<string, MonthStems> = new Map(
  Object.entries({ az, en, kaa, kk, ky, ru, tk, tr, tt, uz }).map(([code, data]) => [code, (data as { months: MonthStems }).months]),
);

/**
 * Month tables consulted for each language: its own, then Russian and English, always: Turkic
 * pages carry Russian interface text and English date stamps (`20 October 2009`, `April 06, 2009`).
 */
export const ALWAYS_CONSULTED = ['ru', 'en'];

function monthTablesOf(lang: string): MonthStems[] {
  return [lang, ...ALWAYS_CONSULTED].flatMap((code) => {
    const months = MONTH_TABLES.get(code);
    return months ? [months] : [];
  });
}

/** 1-12 when `word` names a month in `lang` (or in Russian or English), else null. The longest stem wins. */
export const monthNumberOf: (word: string, lang: string) => number | null = memoByWord((word, lang) => lookUpMonth(word, lang ?? ''), 100_000);

function lookUpMonth(word: string, lang: string): number | null {
  return monthOfStem(lowerCaseFor(word, lang).replace(/^ء/u, ''), lang);
}

/**
 * 1-12 when the lower-cased `word` starts with a month stem of `lang` (or of Russian or English),
 * else null; the longest stem wins. Kazakh in Arabic script may open a word with a hamza (ء) that
 * its stems do not have: callers drop it first.
 */
export function monthOfStem(lowered: string, lang: string): number | null {
  let month: number | null = null;
  let longestStem = 0;
  for (const table of monthTablesOf(lang)) {
    for (const [index, stems] of table.entries()) {
      for (const stem of stems) {
        if (lowered.startsWith(stem) && stem.length > longestStem) {
          month = index + 1;
          longestStem = stem.length;
        }
      }
    }
  }
  return month;
}
