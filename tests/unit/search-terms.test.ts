import { describe, expect, it } from 'vitest';
import { cleanExcerpt, expandQuery, keyQuery, withKeyTokens } from '../../src/utils/search-terms.ts';

describe('search terms across alphabets', () => {
  it('follows each name with its key token and leaves other words alone', () => {
    expect(withKeyTokens('Садыр Жапаровго кайрылды, ТМУнун катчысы.', 'ky')).toBe('Садыр 00sadir Жапаровго 00japarovgo кайрылды, ТМУнун 00tmunun катчысы.');
    expect(withKeyTokens("Caparov, TDT'nin ve Bekbolotov", 'tr')).toBe("Caparov 00japarov, TDT'nin ve Bekbolotov");
    expect(withKeyTokens('Жапаров келди. Жапаров кетти.', 'ky')).toBe('Жапаров 00japarov келди. Жапаров кетти.');
    expect(withKeyTokens('Бүгүн Ош шаарында. Ал бүгүн келди.', 'ky')).toBe('Бүгүн Ош 00osh шаарында. Ал 00al бүгүн келди.');
  });

  it.each([
    ['Caparov', '00japarov'],
    ['Жапаров', '00japarov'],
    ['Жапаровго', '00japarov'],
    ['Ömüraliyev', '00omuraliev'],
    ['Өмүралиевдин', '00omuraliev'],
    ['Hakan Fidan', '00hakan 00fidan'],
    ['Ҳакан Фидан', '00hakan 00fidan'],
    ['kırgızistan', keyQuery('KIRGIZİSTAN')],
  ])('rewrites the query %s as %s', (query, keys) => {
    expect(keyQuery(query)).toBe(keys);
  });

  it('a query in one alphabet meets the index tokens of the other', () => {
    const indexed = withKeyTokens('Президент Садыр Жапаров', 'ky');
    for (const token of keyQuery('Sadır Caparov').split(' ')) expect(indexed.split(' ').some((word) => word.startsWith(token))).toBe(true);
  });

  it('expands an entity name to its names in other languages', () => {
    const aliases = [['ТМУ', 'TDT', 'ТДТ', 'Түрк мамлекеттер уюму'], ['ШКУ', 'SCO']];
    // TDT is ТДТ's own key: the key and bare-key queries find it already.
    expect(expandQuery('ТДТ', aliases)).toEqual(['ТДТ', '00tdt', 'tdt', 'ТМУ', 'Түрк мамлекеттер уюму']);
    expect(expandQuery('ТМУнун', aliases)).toEqual(['ТМУнун', '00tmunun', 'tmunun', 'TMUnun']);
    expect(expandQuery('коопсуздук', aliases)).toEqual(['коопсуздук', '00kopsuzduk', 'kopsuzduk', 'koopsuzduk']);
    expect(expandQuery('koopsuzduk', aliases)).toContain('коопсуздук');
    expect(expandQuery('Бекболотов', aliases)).toContain('bekbolotov');
    expect(expandQuery('  ', aliases)).toEqual([]);
  });

  it('spells only other words, not known names, in the other alphabet (their key tokens cover it)', () => {
    const aliases = [['Садыр Жапаров', 'Sadır Caparov', 'Sadyr Japarov']];
    expect(expandQuery('Caparov', aliases)).toEqual(['Caparov', '00japarov', 'japarov']);
    expect(expandQuery('Жапаровго', aliases)).toEqual(['Жапаровго', '00japarov', 'japarov']);
    expect(expandQuery('Caparov', [])).toContain('Жапаров');
    // Several words keep every spelling and name: `Sadyr` has a key token, `Japarov` (its own key) none.
    expect(expandQuery('Sadır Caparov', aliases)).toEqual(expect.arrayContaining(['Sadyr Japarov', 'Садыр Жапаров']));
    // A common word beside the name still needs its other spellings.
    expect(expandQuery('Caparov hafta', aliases).some((query) => /\p{Script=Cyrillic}/u.test(query))).toBe(true);
  });

  it('takes key tokens out of excerpts and marks the word they stood for', () => {
    expect(cleanExcerpt('Президент Садыр 00sadir <mark>Жапаров</mark> 00japarov Бишкекте')).toBe('Президент Садыр <mark>Жапаров</mark> Бишкекте');
    expect(cleanExcerpt('Президент Садыр 00sadir Жапаров <mark>00japarov</mark> Бишкекте')).toBe('Президент Садыр <mark>Жапаров</mark> Бишкекте');
  });
});
