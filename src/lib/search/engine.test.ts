import { describe, expect, it } from 'vitest';
import { createSearchEngine, type Filters, type ShardResult } from './engine.ts';
import { createLexicon, pagefindForm } from './lexicon.ts';
import type { SearchManifest, SearchShard } from './shards.ts';
import { NEAR_DIR } from './slips.ts';
import { searchWords } from './terms.ts';

/**
 * The engine on a small archive of three yearly shards, through the files the build writes (the
 * real lexicon of these texts) and, for each shard, an index of its texts' words that answers as
 * Pagefind's does: a quoted word matches that word only, an unquoted one every word it begins.
 * The real index answers in Chromium (tests/e2e/search-shards.test.ts, site.test.ts).
 */
const BULLETINS = [
  { url: '/ky/a/', shard: 0, date: '2024-03-01', lang: 'ky', language: 'Кыргызча', text: 'Коопсуздук кеңешинин отуруму Бишкекте өттү.' },
  { url: '/tr/b/', shard: 0, date: '2024-05-01', lang: 'tr', language: 'Türkçe', text: 'Güvenlik toplantısı Bişkek’te yapıldı.' },
  { url: '/ky/c/', shard: 1, date: '2025-02-01', lang: 'ky', language: 'Кыргызча', text: 'Коопсуздук боюнча кызматташтык талкууланды.' },
  { url: '/ru/d/', shard: 2, date: '2026-01-10', lang: 'ru', language: 'Русский', text: 'Совет безопасности обсудил коопсуздук и сотрудничество.' },
  { url: '/ky/e/', shard: 2, date: '2026-04-10', lang: 'ky', language: 'Кыргызча', text: 'Коопсуздук маселелери каралды.' },
];
const SHARDS: SearchShard[] = ['2024', '2025', '2026'].map((year) => ({ name: year, months: [`${year}-01`], years: [year], bulletins: 0 }));

function archive() {
  const lexicon = createLexicon();
  for (const bulletin of BULLETINS) lexicon.add(searchWords(bulletin.text), bulletin.lang, bulletin.shard);
  const files = new Map<string, unknown>(lexicon.files(SHARDS.length, new Map()));
  for (const [chunk, file] of lexicon.nearFiles()) files.set(`${NEAR_DIR}/${chunk}`, file);
  const manifest: SearchManifest = { shards: SHARDS, filters: {}, lexicon: [...lexicon.chunks().keys()].filter((name) => name.length > 2) };
  const fetched: string[] = [];
  const searched: { shard: number; term: string }[] = [];
  const wordsOf = (text: string) => searchWords(text).map(pagefindForm);
  const engine = createSearchEngine<ShardResult>({
    manifest,
    lexiconFile: async (name) => {
      fetched.push(name);
      return files.get(name) ?? null;
    },
    searchShard: async (shard, term, filters: Filters) => {
      searched.push({ shard, term });
      const quoted = term.startsWith('"');
      const word = pagefindForm(term.replace(/"/g, ''));
      return BULLETINS.map((bulletin, id) => ({ bulletin, id }))
        .filter(({ bulletin }) => bulletin.shard === shard && (!filters.language || filters.language.any.includes(bulletin.language)))
        .map(({ bulletin, id }) => ({
          bulletin,
          id,
          hits: wordsOf(bulletin.text).filter((other) => (quoted ? other === word : other.startsWith(word))).length,
        }))
        .filter(({ hits }) => hits > 0)
        .map(({ bulletin, id, hits }) => ({
          id: String(id),
          score: hits,
          data: async () => ({ url: bulletin.url, excerpt: bulletin.text, meta: { date: bulletin.date, language: bulletin.language } }),
        }));
    },
  });
  return { engine, fetched, searched };
}

const urls = async (results: ShardResult[]) => Promise.all(results.map(async (result) => (await result.data()).url));

describe('the search engine', () => {
  it('finds a word typed in another alphabet through the lexicon, and searches the index only for the archive’s own words', async () => {
    const { engine, searched } = archive();
    const search = await engine.search('koopsuzduk', { filters: {}, sort: 'relevance' });
    await search.fill(Infinity);
    expect((await urls(search.results)).sort()).toEqual(['/ky/a/', '/ky/c/', '/ky/e/', '/ru/d/']);
    expect(new Set(searched.map(({ term }) => term.replace(/"/g, '')))).toEqual(new Set(['коопсуздук']));
  });

  it('fills a first page from the newest shards that hold the word and reads older ones only when asked for more', async () => {
    const { engine, searched } = archive();
    const search = await engine.search('коопсуздук', { filters: {}, sort: 'relevance' });
    await search.fill(2);
    expect(await urls(search.results)).toEqual(expect.arrayContaining(['/ky/e/', '/ru/d/']));
    expect(new Set(searched.map(({ shard }) => shard))).toEqual(new Set([2]));
    expect(search.moreLeft()).toBe(true);
    search.shown = search.results.length;
    await search.fill(4);
    expect(search.searched()).toEqual([2, 1, 0]);
    expect(search.results).toHaveLength(4);
  });

  it('searches no shard that lacks every form of the word', async () => {
    const { engine, searched } = archive();
    const search = await engine.search('кызматташтык', { filters: {}, sort: 'relevance' });
    await search.fill(Infinity);
    expect(await urls(search.results)).toEqual(['/ky/c/']);
    expect(new Set(searched.map(({ shard }) => shard))).toEqual(new Set([1]));
  });

  it('finds nothing for a string that is no word of the archive, searching no shard, and offers the nearest spelling of a near miss', async () => {
    const { engine, searched } = archive();
    const junk = await engine.search('qwzxv', { filters: {}, sort: 'relevance' });
    await junk.fill(Infinity);
    expect(junk.results).toEqual([]);
    expect(junk.suggestions).toEqual([]);
    // Two letters off: no slip, but a spelling to offer.
    const nearMiss = await engine.search('маселолерм', { filters: {}, sort: 'relevance' });
    expect(nearMiss.suggestions).toEqual(['маселелери']);
    expect(searched).toEqual([]);
  });

  it('reads a word with one slip as the archive’s word, names the correction, and searches only that word', async () => {
    const { engine, searched } = archive();
    // Two neighbouring letters swapped, within the word and at its start (where the word is in another chunk of the lexicon).
    // Swapped as typed where the key differs by more than one edit (`sh` typed `hs`); a missing letter.
    for (const typed of ['кызматтатшык', 'ыкзматташтык', 'kyzmattahstyk', 'kyzmattashtk']) {
      const search = await engine.search(typed, { filters: {}, sort: 'relevance' });
      await search.fill(Infinity);
      expect(await urls(search.results), typed).toEqual(['/ky/c/']);
      expect(search.corrected, typed).toMatch(/^(кызматташтык|kyzmattashtyk)$/);
    }
    expect(new Set(searched.map(({ term }) => term.replace(/"/g, '')))).toEqual(new Set(['кызматташтык']));
  });

  it('corrects no word the archive has, and no string too short to be told from a slip', async () => {
    const { engine } = archive();
    const exact = await engine.search('коопсуздук', { filters: {}, sort: 'relevance' });
    expect(exact.corrected).toBe(null);
    for (const junk of ['кызма', 'фывапролдж', 'zxcvbnmq']) {
      const search = await engine.search(junk, { filters: {}, sort: 'relevance' });
      await search.fill(Infinity);
      expect(search.results, junk).toEqual([]);
      expect(search.corrected, junk).toBe(null);
    }
  });

  it('in date order lists the newest bulletin first, across shards', async () => {
    const { engine } = archive();
    const search = await engine.search('коопсуздук', { filters: {}, sort: 'newest' });
    await search.fill(Infinity);
    expect(await urls(search.results)).toEqual(['/ky/e/', '/ru/d/', '/ky/c/', '/ky/a/']);
  });

  it('passes filters to the index', async () => {
    const { engine } = archive();
    const search = await engine.search('коопсуздук', { filters: { language: { any: ['Кыргызча'] } }, sort: 'relevance' });
    await search.fill(Infinity);
    expect((await urls(search.results)).sort()).toEqual(['/ky/a/', '/ky/c/', '/ky/e/']);
  });

  it('reads each lexicon file once for the searches that need it', async () => {
    const { engine, fetched } = archive();
    await engine.search('коопсуздук', { filters: {}, sort: 'relevance' });
    await engine.search('koopsuzduk', { filters: {}, sort: 'relevance' });
    expect(fetched.length).toBe(new Set(fetched).size);
  });
});
