import { describe, expect, it } from 'vitest';
import { aliasChunks, namesChunkOf, queryAlternatives, queryWords, searchWords } from './terms.ts';
import { typingKey } from './spelling-conventions.ts';

const aliases = [
  { entity: 'organization-ots', names: ['ТДТ', 'ТМУ', 'TDT', 'Түрк мамлекеттер уюму'] },
  { entity: 'person-japarov', names: ['Садыр Жапаров', 'Sadır Caparov', 'Sadyr Japarov'] },
];
const typedWords = (query: string) => queryAlternatives(queryWords(query), aliases).map((words) => words.map(({ typed }) => typed).join(' '));

describe('the words of a search', () => {
  it('splits a text into words, keeping apostrophe-joined parts and Uzbek oʻ and gʻ', () => {
    expect(searchWords("TDT'nin Oʻzbekiston, 12-сентябрда Bişkek’teki yigʻilish Kattaqo‘rg‘on 2024 «Татнефть-поиск»")).toEqual([
      "TDT'nin",
      'Oʻzbekiston',
      '12-сентябрда',
      'Bişkek’teki',
      'yigʻilish',
      'Kattaqo‘rg‘on',
      'Татнефть-поиск',
    ]);
  });

  it('looks each word up by its typing key, and keeps the word before an apostrophe to look up instead', () => {
    const [words] = queryAlternatives(queryWords("TDT'nin koopsuzduk eʼtibor"), aliases);
    expect(words).toEqual([
      { typed: "TDT'nin", key: typingKey('TDTnin'), beforeApostrophe: 'TDT' },
      { typed: 'koopsuzduk', key: typingKey('koopsuzduk') },
      { typed: 'eʼtibor', key: typingKey('etibor') },
    ]);
  });

  it('adds the other names of an entity the query names, in any alphabet and with endings, without repeating a key', () => {
    expect(typedWords('ТДТ')).toEqual(['ТДТ', 'ТМУ', 'Түрк мамлекеттер уюму']);
    expect(typedWords('ТМУнун')).toEqual(['ТМУнун', 'ТДТ', 'ТМУ', 'Түрк мамлекеттер уюму']);
    expect(typedWords('Sadir Zhaparov')).toEqual(['Sadir Zhaparov']);
    expect(typedWords('коопсуздук')).toEqual(['коопсуздук']);
    expect(typedWords('  ')).toEqual([]);
  });
});

describe('the gazetteer names a lexicon chunk carries', () => {
  it('files each entity under the chunk of each of its names’ first word, where a query naming it looks', () => {
    const byChunk = aliasChunks(aliases);
    for (const entity of aliases) {
      for (const name of entity.names) {
        const [first] = queryWords(name);
        expect(byChunk.get(namesChunkOf(first.key)), name).toContainEqual(entity);
      }
    }
  });
});
