import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_SPELLINGS } from '../search/spelling-conventions.ts';
import { CUE_KINDS, LANGUAGES, leadWordsFor } from './index.ts';
import { monthNumberOf } from './month-names.ts';

describe('language folders', () => {
  it('finds every language of the archive by its folder', () => {
    expect([...LANGUAGES.keys()]).toEqual(expect.arrayContaining(['az', 'en', 'kaa', 'kk', 'ky', 'ru', 'tk', 'tr', 'tt', 'uz']));
  });

  it.each([...LANGUAGES.values()].filter((language) => language.dates).map((language) => [language.code, language.dates!] as const))(
    '%s: twelve months of lower-case stems, and no stem shared by two months',
    (_code, dates) => {
      expect(dates.months).toHaveLength(12);
      const monthOfStem = new Map<string, number>();
      dates.months.forEach((stems, month) => {
        expect(stems.length).toBeGreaterThan(0);
        for (const stem of stems) {
          expect(stem).toBe(stem.toLowerCase());
          expect(monthOfStem.get(stem) ?? month).toBe(month);
          monthOfStem.set(stem, month);
        }
      });
    },
  );

  it('reads month names from the folders, with Russian and English consulted for every language', () => {
    expect(monthNumberOf('қыркүйекте', 'kk')).toBe(9);
    expect(monthNumberOf('сентябрда', 'ky')).toBe(9);
    expect(monthNumberOf('September', 'tr')).toBe(9);
    expect(monthNumberOf('Eylülde', 'ky')).toBeNull();
  });

  it('gives lead words per language, and none for a language without a folder', () => {
    expect(leadWordsFor('ky')).toMatchObject({ when: ['бүгүн', 'кечээ'], verbFinal: true });
    expect(leadWordsFor('ru').verbFinal).toBe(false);
    expect(leadWordsFor('xx')).toEqual({ when: [], datePrepositions: [], verbFinal: false });
  });

  it('has only known kinds of cue in the page-cue files', () => {
    for (const language of LANGUAGES.values()) {
      for (const cues of language.pageCues) {
        for (const key of Object.keys(cues).filter((key) => !key.startsWith('_'))) expect(CUE_KINDS, `${language.code}: ${key}`).toContain(key);
      }
    }
  });

  it('lets search import the spelling table of every folder that has one (the browser cannot list folders)', () => {
    const withTable = [...LANGUAGES.keys()].filter((code) => existsSync(new URL(`./${code}/spellings.json`, import.meta.url)));
    expect(Object.keys(LANGUAGE_SPELLINGS).sort()).toEqual(withTable);
  });
});
