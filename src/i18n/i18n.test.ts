import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allBulletinsHeading, formatCount, formatDate, formatMonth, languageName, languageNameIn, scriptName, ui, uiLanguageFor, uiLanguages } from './index.ts';

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
    expect(uiLanguages).toEqual(expect.arrayContaining(['az', 'en', 'kk', 'ky', 'ru', 'tr', 'uz']));
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
    expect([1, 2, 5, 11, 21, 22].map((count) => formatCount('ru', count))).toEqual(['1 сообщение', '2 сообщения', '5 сообщений', '11 сообщений', '21 сообщение', '22 сообщения']);
    expect([1, 2].map((count) => formatCount('en', count))).toEqual(['1 bulletin', '2 bulletins']);
  });
});
