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

  it('makes a bulletin\'s page URL from its id', () => {
    expect(withBase('/bulletins/', bulletinPath('ky/2025-09-12-a'))).toBe('/bulletins/ky/2025-09-12-a/');
  });
});

describe('entityName', () => {
  const entity: GazetteerEntity = {
    id: 'ots',
    names: { ky: ['Түрк мамлекеттер уюму', 'ТМУ'], 'uz-Latn': ['Turkiy davlatlar tashkiloti'], 'uz-Cyrl': ['Туркий давлатлар ташкилоти'], en: ['Organization of Turkic States', 'OTS'] },
  };

  it('is the first name in the reader\'s language', () => {
    expect(entityName(entity, 'ky')).toBe('Түрк мамлекеттер уюму');
  });

  it('takes a script-tagged name for a language listed only by script, Cyrillic first', () => {
    expect(entityName(entity, 'uz')).toBe('Туркий давлатлар ташкилоти');
    expect(entityName({ id: 'x', names: { 'uz-Latn': ['Latin only'], en: ['English'] } }, 'uz')).toBe('Latin only');
  });

  it('falls back to English, then to the first name listed', () => {
    expect(entityName(entity, 'tr')).toBe('Organization of Turkic States');
    expect(entityName({ id: 'x', names: { ru: ['Только по-русски'], kk: ['Қазақша'] } }, 'tr')).toBe('Только по-русски');
  });
});

describe('editUrl', () => {
  it('opens a file of the repository on the given branch, whatever slashes the settings end with', () => {
    expect(editUrl('https://github.com/example/archive/', 'trunk', 'content/bulletins/ky/a.md')).toBe('https://github.com/example/archive/edit/trunk/content/bulletins/ky/a.md');
    expect(editUrl('https://github.com/example/archive', 'main', '/bulletins/ky/a.md')).toBe('https://github.com/example/archive/edit/main/bulletins/ky/a.md');
  });
});
