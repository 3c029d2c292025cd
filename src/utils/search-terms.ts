import { transliterate } from './spelling-conventions.ts';
import { matchKey } from './match-key.ts';
import { stemKey, withoutApostropheEnding } from './turkic-endings.ts';

/**
 * Search that ignores the alphabet, shared by the indexer (build) and the search page (browser).
 *
 * Pagefind matches words as written. So that `Caparov` finds `Жапаров` and `Ömüraliyev` finds
 * `Өмүралиев`, every name-like word of a bulletin (capitalised, or an abbreviation) is followed in
 * the index by a key token: `KEY_TOKEN_PREFIX` + its match key (`Жапаровго 00japarovgo`). The
 * search page rewrites a query into the same tokens (stemmed, so an inflected query finds every
 * form) and runs it beside the query as typed. Key tokens are taken out of result excerpts again,
 * so readers see the bulletin's own words. Only names get keys: they are what readers look up
 * across alphabets, and keeping common words out keeps the index small.
 */
export const KEY_TOKEN_PREFIX = '00';

/** One bulletin as the search index receives it (see `src/pages/search-records/`). */
export interface SearchRecord {
  url: string;
  /** Title and text, with key tokens. */
  content: string;
  title: string;
  date: string | null;
  /** The language's own name, shown and filtered on. */
  language: string;
  /** Gazetteer ids, filtered on (the search page shows their names in the reader's language). */
  organizations: string[];
  countries: string[];
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:['’ʼ][\p{L}\p{M}]+)?/gu;

/** How Pagefind itself folds a word: lower case, marks stripped, letters and digits only. */
function pagefindForm(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{Nd}]/gu, '');
}

function baseOf(word: string): string {
  return withoutApostropheEnding(word).base;
}

/**
 * Text for the index: the bulletin's words, each name followed by its key token where it first
 * occurs. One occurrence is all a match needs, and repeating names would grow the index for nothing.
 */
export function withKeyTokens(text: string, lang: string): string {
  const seen = new Set<string>();
  // A capitalised word that the text also writes in lower case opens a sentence; it is no name.
  const lowerCaseWords = new Set([...text.matchAll(WORD)].map(([word]) => word).filter((word) => /^\p{Ll}/u.test(word)));
  return text.replace(WORD, (word) => {
    if (!/^\p{Lu}/u.test(word) || lowerCaseWords.has(word.toLocaleLowerCase(lang))) return word;
    const key = matchKey(baseOf(word), lang);
    if (!key || key === pagefindForm(baseOf(word)) || seen.has(key)) return word;
    seen.add(key);
    return `${word} ${KEY_TOKEN_PREFIX}${key}`;
  });
}

/** The key-token form of a query: every word as the stem of its match key. */
export function keyQuery(query: string, prefix = KEY_TOKEN_PREFIX): string {
  return [...query.matchAll(WORD)]
    .map(([word]) => matchKey(baseOf(word)))
    .filter(Boolean)
    .map((key) => `${prefix}${stemKey(key)}`)
    .join(' ');
}

/**
 * The names of one entity in every language (`ТДТ`, `ТМУ`, `TDT`, `Түрк мамлекеттер уюму` …). A
 * query that is one of them, in any alphabet, also searches for all the others, as written: an
 * Uzbek reader's `ТДТ` finds the Kyrgyz `ТМУ`.
 */
export type EntityAliases = string[][];

export function expandQuery(query: string, aliases: EntityAliases): string[] {
  const typed = query.trim();
  if (!typed) return [];
  const asKeys = keyQuery(typed);
  // Latin names whose key is their own spelling (`Bekbolotov`) carry no key token: the bare key finds
  // them. Other words are also looked for as the other alphabet's readers write them.
  //
  // A one-word query finds every word with its key, in any alphabet, by the key token or, where a
  // word is its own key, by the bare key: spellings and names with that key add nothing but index
  // chunks of tens of kilobytes each to download. So a one-word known name (`Caparov`) gets no
  // spellings, and only an entity's names with other keys are added. Several words may mix words
  // with and without key tokens (`Sadyr Japarov`), so they keep every spelling and name.
  const oneWord = !asKeys.includes(' ');
  const knownName = oneWord && nameKeysOf(aliases).has(asKeys);
  const queries = [typed, asKeys, keyQuery(typed, ''), ...(knownName ? [] : otherAlphabetSpellings(typed))];
  for (const names of aliases) {
    if (names.some((name) => keyQuery(name) === asKeys)) queries.push(...names.filter((name) => !oneWord || keyQuery(name) !== asKeys));
  }
  return [...new Set(queries.filter(Boolean))];
}

const nameKeyCache = new WeakMap<EntityAliases, Set<string>>();

/** The key token of every word of every gazetteer name (`00japarov` for Жапаров, Caparov …). */
function nameKeysOf(aliases: EntityAliases): Set<string> {
  let keys = nameKeyCache.get(aliases);
  if (!keys) {
    keys = new Set(aliases.flat().flatMap((name) => keyQuery(name).split(' ')).filter(Boolean));
    nameKeyCache.set(aliases, keys);
  }
  return keys;
}

/** A query in Latin as Kyrgyz and Uzbek write it in Cyrillic, and a Cyrillic one as Turkish and Uzbek write it in Latin. */
function otherAlphabetSpellings(query: string): string[] {
  return /\p{Script=Cyrillic}/u.test(query)
    ? [transliterate(query, 'ky-Cyrl', 'tr-Latn'), transliterate(query, 'uz-Cyrl', 'uz-Latn')]
    : [transliterate(query, 'tr-Latn', 'ky-Cyrl'), transliterate(query, 'uz-Latn', 'uz-Cyrl')];
}

/**
 * A result excerpt without key tokens. Pagefind marks the key token it matched; the mark moves to
 * the bulletin's word just before it.
 */
export function cleanExcerpt(excerpt: string): string {
  return excerpt
    .replace(new RegExp(`(\\S+) <mark>${KEY_TOKEN_PREFIX}[a-z]+</mark>`, 'g'), (_whole, word: string) => (word.startsWith('<mark>') ? word : `<mark>${word}</mark>`))
    .replace(new RegExp(`\\s*(?:<mark>)?\\b${KEY_TOKEN_PREFIX}[a-z]+\\b(?:</mark>)?`, 'g'), '');
}
