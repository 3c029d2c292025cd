import { describe, expect, it } from 'vitest';
import type { GazetteerEntity } from '../content/gazetteer-schema.ts';
import { entityName } from '../entities/entities.ts';
import { bulletinPath, editUrl, withBase } from './urls.ts';

describe('withBase', () => {
  it('joins a base path and a site path with exactly one slash, with or without slashes of their own', () => {
    for (const base of ['/', '']) expect(withBase(base, 'ky/rss.xml')).toBe('/ky/rss.xml');
    for (const base of ['/bulletins/', '/bulletins', '/bulletins//']) {
      expect(withBase(base, 'ky/')).toBe('/bulletins/ky/');
      expect(withBase(base, '/ky/')).toBe('/bulletins/ky/');
    }
  });

  it('gives the base itself, with its slash, for the home page', () => {
    expect(withBase('/bulletins')).toBe('/bulletins/');
    expect(withBase('/')).toBe('/');
  });

  it("makes a bulletin's page URL from its id", () => {
    expect(withBase('/bulletins/', bulletinPath('ky/2025-09-12-a'))).toBe('/bulletins/ky/2025-09-12-a/');
  });
});

describe('entityName', () => {
  const entity: GazetteerEntity = {
    id: 'ots',
    names: {
      ky: ['Түрк мамлекеттер уюму', 'ТМУ'],
      'uz-Latn': ['Turkiy davlatlar tashkiloti'],
      'uz-Cyrl': ['Туркий давлатлар ташкилоти'],
      en: ['Organization of Turkic States', 'OTS'],
    },
  };

  it("is the first name in the reader's language and alphabet", () => {
    expect(entityName(entity, 'ky', 'Cyrl')).toBe('Түрк мамлекеттер уюму');
    expect(entityName(entity, 'uz', 'Cyrl')).toBe('Туркий давлатлар ташкилоти');
    expect(entityName(entity, 'uz', 'Latn')).toBe('Turkiy davlatlar tashkiloti');
  });

  it("takes a related language's name in the reader's alphabet before any other alphabet", () => {
    const person: GazetteerEntity = { id: 'sadyr-japarov', names: { ky: ['Садыр Жапаров'], 'uz-Latn': ['Sadir Japarov'], en: ['Sadyr Japarov'] } };
    expect(entityName(person, 'tt', 'Cyrl')).toBe('Садыр Жапаров');
    // A language written in two alphabets spells its own name in the other first (by its table).
    expect(entityName(person, 'uz', 'Cyrl')).toBe('Садир Жапаров');
    expect(entityName(entity, 'tr', 'Latn')).toBe('Turkiy davlatlar tashkiloti');
  });

  it("spells a name in the reader's alphabet where the gazetteer has none in it", () => {
    expect(entityName({ id: 'x', names: { ru: ['Жапаров'] } }, 'tr', 'Latn')).toBe('Zhaparov');
    // Uzbek by its own table: Latin yo, ye are Cyrillic ё, е.
    expect(entityName({ id: 'x', names: { 'uz-Latn': ['Shavkat Mirziyoyev'] } }, 'uz', 'Cyrl')).toBe('Шавкат Мирзиёев');
  });

  it("is written in the reader's alphabet where the language has two, by the language's table where the gazetteer lacks that form", () => {
    expect(entityName({ id: 'kg', names: { 'uz-Latn': ["Qirg'iziston"] } }, 'uz', 'Latn')).toBe('Qirgʻiziston');
    expect(entityName({ id: 'sj', names: { 'uz-Latn': ['Sadir Japarov'], en: ['Sadyr Japarov'] } }, 'uz', 'Cyrl')).toBe('Садир Жапаров');
    expect(entityName({ id: 'kz', names: { kk: ['Қазақстан'], tr: ['Kazakistan'], en: ['Kazakhstan'] } }, 'kk', 'Latn')).toBe('Qazaqstan');
    expect(entityName({ id: 'kz', names: { kk: ['Қазақстан'], en: ['Kazakhstan'] } }, 'kk', 'Cyrl')).toBe('Қазақстан');
  });
});

describe('editUrl', () => {
  it('opens a file of the repository on the given branch, whatever slashes the settings end with', () => {
    expect(editUrl('https://github.com/example/archive/', 'trunk', 'content/bulletins/ky/a.md')).toBe(
      'https://github.com/example/archive/edit/trunk/content/bulletins/ky/a.md',
    );
    expect(editUrl('https://github.com/example/archive', 'main', '/bulletins/ky/a.md')).toBe('https://github.com/example/archive/edit/main/bulletins/ky/a.md');
  });
});
