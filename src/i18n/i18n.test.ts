import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allBulletinsHeading,
  formatCount,
  formatDate,
  formatMonth,
  languageName,
  languageNameIn,
  scriptName,
  ui,
  uiLanguageFor,
  uiLanguages,
  uiLanguagesOf,
  uiTag,
} from './index.ts';
import { transliterate } from '../lib/text/transliterate.ts';

const i18nDir = path.resolve('src/i18n');
const files = readdirSync(i18nDir).filter((file) => file.endsWith('.json'));

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    // Plural forms differ by language; only "other" is required of every one.
    key === 'bulletinCount' || key === 'resultCount'
      ? [`${key}.other`]
      : // Date patterns are optional: only where ICU's format is not the one people use.
        key === 'dates'
        ? []
        : keyPaths(inner, prefix ? `${prefix}.${key}` : key),
  );
}

describe('UI strings', () => {
  const english = keyPaths(JSON.parse(readFileSync(path.join(i18nDir, 'en.json'), 'utf8')));

  it.each(files)('%s has every key of en.json and no other', (file) => {
    const strings = JSON.parse(readFileSync(path.join(i18nDir, file), 'utf8'));
    expect(keyPaths(strings).sort()).toEqual([...english].sort());
    expect(strings.bulletinCount.other).toContain('{count}');
    if (strings.dates) {
      expect(strings.dates.day).toMatch(/(?=.*\{year\})(?=.*\{month\})(?=.*\{day\})/);
      expect(strings.dates.month).toMatch(/(?=.*\{year\})(?=.*\{month\})/);
      expect(strings.dates.months).toHaveLength(12);
    }
  });

  it('offers the interface languages the archive promises', () => {
    expect(uiLanguages).toEqual(expect.arrayContaining(['az', 'en', 'kk', 'kk-Latn', 'ky', 'ru', 'tr', 'uz', 'uz-Latn']));
  });

  it('gives Uzbek and Kazakh an interface in each alphabet, tagged with its script', () => {
    expect(uiLanguagesOf('uz')).toEqual(['uz', 'uz-Latn']);
    expect(uiLanguagesOf('kk')).toEqual(['kk', 'kk-Latn']);
    expect(uiLanguagesOf('ky')).toEqual(['ky']);
    expect(uiLanguagesOf('tt')).toEqual(['en']);
    expect(uiLanguageFor('uz', 'Latn')).toBe('uz-Latn');
    expect(uiLanguageFor('uz', 'Cyrl')).toBe('uz');
    expect(uiLanguageFor('kk', 'Arab')).toBe('kk');
    expect(uiLanguageFor('tt', 'Cyrl')).toBe('en');
    expect(['uz', 'uz-Latn', 'kk', 'kk-Latn', 'ky'].map(uiTag)).toEqual(['uz-Cyrl', 'uz-Latn', 'kk-Cyrl', 'kk-Latn', 'ky']);
    expect([languageName('uz'), languageName('uz-Latn'), languageName('kk'), languageName('kk-Latn')]).toEqual(['Ўзбекча', 'Oʻzbekcha', 'Қазақша', 'Qazaqşa']);
  });

  it('writes each Latin interface in its own alphabet only: no Cyrillic letter, Uzbek ʻ and ʼ as the official letters', () => {
    for (const lang of ['uz-Latn', 'kk-Latn']) {
      const text = JSON.stringify(ui(lang));
      expect(text.match(/\p{Script=Cyrillic}/gu), lang).toBeNull();
    }
    // Typed apostrophes (o', g‘) are not the letters oʻ and gʻ (U+02BB) of the official Uzbek alphabet.
    expect(JSON.stringify(ui('uz-Latn')).match(/[og]['‘’`]/giu)).toBeNull();
    // Kazakh Latin of 2021: no letter of the 2018 version's acute accents.
    expect(JSON.stringify(ui('kk-Latn')).match(/[áǵńóúý]/giu)).toBeNull();
  });

  it('names months and languages in Uzbek Latin as CLDR does', () => {
    // The month's form inside a date (CLDR's "format" names, lower case), not the stand-alone one.
    const monthsIn = (locale: string) =>
      Array.from(
        { length: 12 },
        (_, month) =>
          new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' })
            .formatToParts(new Date(Date.UTC(2025, month, 1)))
            .find((part) => part.type === 'month')!.value,
      );
    const icuMonths = monthsIn('uz-Latn');
    expect(ui('uz-Latn').dates!.months).toEqual(icuMonths);
    const icuName = (lang: string) => new Intl.DisplayNames(['uz-Latn'], { type: 'language' }).of(lang)!.replace(/[‘']/gu, 'ʻ');
    for (const lang of ['ky', 'kk', 'ru', 'en']) expect(languageNameIn('uz-Latn', lang).toLowerCase(), lang).toBe(icuName(lang));
    // ICU has no Kazakh Latin: its months are CLDR's Kazakh ones in the 2021 alphabet.
    expect(ui('kk-Latn').dates!.months).toEqual(monthsIn('kk').map((name) => transliterate(name, 'kk', 'Cyrl', 'Latn')));
    // A language the file does not name is named by ICU, in the interface's alphabet.
    expect(languageNameIn('kk-Latn', 'ug')).toMatch(/^\p{Script=Latin}+/u);
  });

  it('falls back to English for a content language without UI strings', () => {
    expect(uiLanguageFor('tt')).toBe('en');
    expect(ui('tt').search).toBe(ui('en').search);
    expect(languageName('tt').toLowerCase()).toContain('татар');
  });

  it('writes dates and counts the way each language does', () => {
    expect(formatDate('tr', '2025-09-12')).toBe('12 Eylül 2025');
    expect(formatDate('ky', '2025-09-12')).toBe('2025-жылдын 12-сентябры');
    expect(formatDate('uz', '2025-09-12')).toBe('12 сентябрь 2025');
    expect(formatDate('kk', '2025-09-12')).toBe('2025 жылғы 12 қыркүйек');
    expect(formatDate('az', '2025-09-12')).toBe('12 sentyabr 2025');
    expect(formatDate('uz-Latn', '2025-09-12')).toBe('12 sentabr 2025');
    expect(formatDate('kk-Latn', '2025-09-12')).toBe('2025 jylğy 12 qyrküiek');
    expect(formatMonth('uz-Latn', '2025-10')).toBe('oktabr 2025');
    expect(formatMonth('kk-Latn', '2025-04')).toBe('2025 jylğy säuır');
    expect(formatDate('ru', '2025-09-12')).toMatch(/^12 сентября 2025/);
    expect(formatDate('en', '2021-05-19')).toBe('May 19, 2021');
    expect(formatMonth('ky', '2025-09')).toBe('2025-жылдын сентябры');
    expect(formatMonth('ru', '2025-09')).toMatch(/^Сентябрь 2025/);
    expect(formatMonth('tr', '2025-09')).toBe('Eylül 2025');
    expect(formatCount('ru', 3)).toBe('3 сообщения');
    expect(formatCount('ru', 5)).toBe('5 сообщений');
    expect(formatCount('ky', 2)).toBe('2 кабар');
  });

  it('writes a section’s heading with the language’s name in the form the phrase needs', () => {
    expect(allBulletinsHeading('ky')).toBe('Кыргыз тилиндеги бардык кабарлар');
    expect(allBulletinsHeading('kk')).toBe('Қазақ тіліндегі барлық хабарлар');
    expect(allBulletinsHeading('uz')).toBe('Ўзбек тилидаги барча хабарлар');
    expect(allBulletinsHeading('uz', 'uz-Latn')).toBe('Oʻzbek tilidagi barcha xabarlar');
    expect(allBulletinsHeading('kk', 'kk-Latn')).toBe('Qazaq tılındegı barlyq habarlar');
    expect(allBulletinsHeading('ru')).toBe('Все сообщения на русском языке');
    expect(allBulletinsHeading('tr')).toBe('Tüm Türkçe bültenler');
    expect(allBulletinsHeading('az')).toBe('Azərbaycan dilində bütün xəbərlər');
    // A section without an interface of its own is headed in English, its language named in English.
    expect(allBulletinsHeading('tt')).toBe('All bulletins in Tatar');
    for (const lang of uiLanguages) expect(allBulletinsHeading(lang), lang).not.toMatch(/[{}]/);
  });

  it('names languages and alphabets as readers of each interface do, not by code', () => {
    expect(languageNameIn('ky', 'ru')).toBe('Орусча');
    expect(languageNameIn('ru', 'ky')).toBe('Киргизский');
    expect(languageNameIn('en', 'tk')).toBe('Turkmen');
    // A language the UI file does not list is named by ICU, in the interface's language.
    expect(languageNameIn('en', 'ug')).toBe('Uyghur');
    expect(scriptName('ky', 'Cyrl')).toBe('Кирилл жазуусу');
    expect(scriptName('tr', 'Latn')).toBe('Latin alfabesi');
    for (const lang of uiLanguages) {
      for (const script of ['Cyrl', 'Latn', 'Arab'] as const) expect(scriptName(lang, script), `${lang} ${script}`).not.toMatch(/^(Cyrl|Latn|Arab)$/);
    }
  });

  it('counts with the plural forms each language has', () => {
    // Turkic languages do not inflect a noun after a numeral; Russian has three forms.
    expect([1, 2, 5].map((count) => formatCount('kk', count))).toEqual(['1 хабар', '2 хабар', '5 хабар']);
    expect([1, 2, 5, 11, 21, 22].map((count) => formatCount('ru', count))).toEqual([
      '1 сообщение',
      '2 сообщения',
      '5 сообщений',
      '11 сообщений',
      '21 сообщение',
      '22 сообщения',
    ]);
    expect([1, 2].map((count) => formatCount('en', count))).toEqual(['1 bulletin', '2 bulletins']);
  });
});
